# /// example
# task = """
# This code should compute the two-sided 95% confidence interval for the mean of `values` from \
# Student's t distribution and store its ends in `low` and `high`; it runs, but the interval is \
# too narrow (it is a 90% normal interval):
#
# ```python
# import numpy as np
# from scipy import stats
#
# center = np.mean(values)
# margin = stats.norm.ppf(0.95) * stats.sem(values)
# low, high = center - margin, center + margin
# ```
#
# Fix it."""
# prompt = """
# I want a two-sided 95% t confidence interval for the mean of my sample `values`, with the ends \
# in `low` and `high`:
#
# ```python
# import numpy as np
# from scipy import stats
#
# center = np.mean(values)
# margin = stats.norm.ppf(0.95) * stats.sem(values)
# low, high = center - margin, center + margin
# ```
#
# A colleague says this interval is too narrow. What's wrong with it?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     # mean +- the 97.5% quantile of t with n - 1 degrees of freedom times the standard error
#     '(lambda n: np.allclose([low, high], np.mean(values) + np.array([-1, 1]) * scipy.stats.t.ppf(0.975, n - 1) * np.std(values, ddof=1) / np.sqrt(n), rtol=1e-9, atol=1e-12 * (1 + np.abs(values).max())))(len(values))',
#     'low <= np.mean(values) <= high',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'confidence-interval', 'descriptive-statistics']
# [edge_cases]
# min_size = 2
# why = 'an interval for the mean needs at least two values to estimate the spread'
# ///
import numpy as np
from scipy import stats

center = np.mean(values)
# two-sided 95% puts 2.5% in each tail, and the t quantile with n - 1 df accounts for the estimated spread
margin = stats.t.ppf(0.975, df=len(values) - 1) * stats.sem(values)
low, high = center - margin, center + margin
