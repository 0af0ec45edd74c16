# /// example
# task = """
# Summarize the 1-D sample `values` with `scipy.stats.describe` and store the result in `summary` \
# (number of observations, min/max, mean, unbiased variance, skewness, kurtosis)."""
# prompt = """
# Give me a quick descriptive summary of the 1-D sample `values` with scipy's describe: count, \
# min/max, mean, unbiased variance, skewness and kurtosis, all in `summary`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { values = 'values' }
# checks = [
#     'summary.nobs == len(values)',
#     'np.isclose(summary.mean, np.mean(values))',
#     # one observation has no unbiased variance: NaN in both
#     'np.isclose(summary.variance, np.var(values, ddof=1), equal_nan=True)',
#     'tuple(summary.minmax) == (values.min(), values.max())',
# ]
# difficulty = 'basic'
# tags = ['descriptive-statistics']
# [edge_cases]
# constant = false
# why = "describe's skewness and kurtosis are undefined without spread (scipy warns of precision loss on constant data)"
# ///
from scipy import stats

# describe's variance uses ddof=1, and its kurtosis is Fisher's excess kurtosis (0 for a normal)
summary = stats.describe(values)
