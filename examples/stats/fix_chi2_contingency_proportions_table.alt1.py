from scipy.stats import chi2_contingency

answered = survey.dropna(subset=["group", "q1"])
table = answered.groupby(["group", "q1"], observed=True).size().unstack(fill_value=0)
result = chi2_contingency(table.to_numpy())
