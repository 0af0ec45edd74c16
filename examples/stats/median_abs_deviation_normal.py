# /// example
# task = """
# Estimate the spread of `values` robustly with the median absolute deviation, rescaled so that \
# it estimates the standard deviation for normally distributed data; store it in `robust_sigma`."""
# prompt = """
# I want a robust estimate of the spread of `values`: the median absolute deviation, scaled so it \
# estimates the standard deviation when the data are normal. Store it in `robust_sigma`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { values = 'values' }
# checks = [
#     'np.isclose(robust_sigma, np.median(np.abs(values - np.median(values))) / scipy.stats.norm.ppf(0.75))',
#     'robust_sigma >= 0',
# ]
# difficulty = 'basic'
# tags = ['descriptive-statistics', 'robust-statistics']
# edge_cases = true
# ///
from scipy import stats

# scale="normal" divides the raw MAD by 0.6745 (the normal quartile) so it estimates sigma
robust_sigma = stats.median_abs_deviation(values, scale="normal")
