# /// example
# task = """
# Test every column of the DataFrame `measurements` for normality with the Shapiro-Wilk test \
# (`scipy.stats.shapiro`); store the p-values as a Series indexed by column in `pvalues` and the \
# names of the columns rejected at the 5% level in the list `non_normal`."""
# prompt = """
# For each column of `measurements` (a DataFrame), run a Shapiro-Wilk normality test. Keep the \
# p-values as a Series `pvalues` indexed by column name and the columns that fail at the 5% level \
# in the list `non_normal`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'list(pvalues.index) == list(measurements.columns)',
#     # a column so close to 0 that its fourth central moment underflows has no kurtosis: NaN
#     '(pvalues.between(0, 1) | measurements.sub(measurements.mean()).pow(4).mean().eq(0)).all()',
#     'sorted(non_normal) == sorted(c for c in measurements.columns if pvalues[c] < 0.05)',
#     'np.isclose(pvalues.iloc[-1], scipy.stats.shapiro(measurements.iloc[:, -1]).pvalue)',
# ]
# difficulty = 'intermediate'
# tags = ['normality', 'column-wise', 'hypothesis-test', 'test-selection']
# family = 'stats.normality_by_column'
# [edge_cases]
# min_size = 3
# constant = false
# why = 'Shapiro-Wilk needs at least three observations per column, and columns that vary'
# ///
from scipy import stats

# Shapiro-Wilk's p-value comes from an approximation that scipy flags as inaccurate above
# 5000 observations
pvalues = measurements.apply(lambda column: stats.shapiro(column).pvalue)
non_normal = pvalues.index[pvalues < 0.05].tolist()
