from scipy.stats.contingency import chi2_contingency, crosstab

# contingency.crosstab returns the observed levels and the count table
(groups, answers), table = crosstab(
    likert["group"].astype(str).to_numpy(), likert["q1"].astype(int).to_numpy()
)
result = chi2_contingency(table)
chi2_stat, p_value, dof = result.statistic, result.pvalue, result.dof
