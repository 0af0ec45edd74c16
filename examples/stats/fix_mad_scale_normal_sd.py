# /// example
# task = """
# The measurements `values` may contain outliers. This code should estimate their standard \
# deviation robustly from the median absolute deviation, scaled so that it estimates the \
# standard deviation for normally distributed data, and store it in `robust_sd`:
#
# ```python
# from scipy import stats
#
# robust_sd = stats.median_abs_deviation(values)
# ```
#
# It runs, but `robust_sd` comes out about a third smaller than the standard deviation of the \
# (normal) bulk of the data. Fix it."""
# prompt = """
# I want a robust stand-in for the standard deviation of `values` (outliers possible) using the \
# MAD, so that for normal data it matches the usual SD, in `robust_sd`:
#
# ```python
# from scipy import stats
#
# robust_sd = stats.median_abs_deviation(values)
# ```
#
# On clean normal data I get about 6.7 where `np.std` gives 10. What am I missing?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { values = 'values' }
# checks = [
#     # MAD times 1 / Phi^-1(3/4) (about 1.4826) estimates the normal standard deviation
#     'np.isclose(robust_sd, np.median(np.abs(values - np.median(values))) / scipy.stats.norm.ppf(0.75))',
#     'robust_sd >= 0',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'robust-statistics', 'descriptive-statistics', 'outliers']
# edge_cases = true
# ///
from scipy import stats

# the raw MAD is about 0.6745 SD for normal data; scale="normal" divides by that factor
robust_sd = stats.median_abs_deviation(values, scale="normal")
