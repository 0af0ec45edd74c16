# /// example
# task = """
# Find the 90th percentile of `values` with `scipy.stats.scoreatpercentile` and store it in \
# `threshold`; then compute with `percentileofscore` (kind="weak") the percentage of values at or \
# below `threshold`, stored in `percent_below`."""
# prompt = """
# What value marks the 90th percentile of `values`? Compute it with scipy's score-at-percentile \
# (standard linear interpolation) into `threshold`, then compute the percentage of values at or \
# below `threshold` (a weak percentile rank) into `percent_below`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { values = 'values' }
# checks = [
#     'np.isclose(threshold, np.percentile(values, 90))',
#     'np.isclose(percent_below, 100 * np.mean(values <= threshold))',
#     # with distinct values the weak rank lands within one observation of 90%
#     'len(np.unique(values)) < len(values) or abs(percent_below - 90) <= 100 / len(values) + 1e-9',
# ]
# difficulty = 'basic'
# tags = ['descriptive-statistics', 'quantiles']
# edge_cases = true
# ///
from scipy import stats

threshold = stats.scoreatpercentile(values, 90)
# kind="weak" counts values <= score, i.e. the empirical CDF in percent
percent_below = stats.percentileofscore(values, threshold, kind="weak")
