# /// example
# task = """
# Two production lines, `line_a` (12 bottles) and `line_b` (5 bottles), have very different \
# variability and sample sizes. The analysis plan says to compare their mean fill volumes with \
# Welch's t-test, which does not assume equal variances. This code stores the statistic in `t_stat` and the p-value in `p_value`:
#
# ```python
# import numpy as np
# from scipy import stats
#
# line_a = np.array([500.2, 499.8, 500.1, 500.0, 499.9, 500.3, 500.1, 499.7, 500.0, 500.2, 499.9, 500.1])
# line_b = np.array([501.5, 497.9, 503.2, 499.0, 502.8])
# t_stat, p_value = stats.ttest_ind(line_a, line_b)
# ```
#
# It runs, but it is the pooled-variance Student test the plan rules out. Fix it."""
# prompt = """
# Line A's fills (`line_a`, 12 bottles) are tight, line B's (`line_b`, 5 bottles) are all \
# over the place. Our plan prescribes Welch's t-test for the mean difference, and I wrote
#
# ```python
# import numpy as np
# from scipy import stats
#
# line_a = np.array([500.2, 499.8, 500.1, 500.0, 499.9, 500.3, 500.1, 499.7, 500.0, 500.2, 499.9, 500.1])
# line_b = np.array([501.5, 497.9, 503.2, 499.0, 502.8])
# t_stat, p_value = stats.ttest_ind(line_a, line_b)
# ```
#
# A colleague says that's not Welch. What do I change to get the right `t_stat` and `p_value`?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(t_stat, (line_a.mean() - line_b.mean()) / np.sqrt(line_a.var(ddof=1) / 12 + line_b.var(ddof=1) / 5))',
#     # Welch-Satterthwaite degrees of freedom for the p-value
#     'np.isclose(p_value, 2 * scipy.stats.t.sf(abs(t_stat), (line_a.var(ddof=1) / 12 + line_b.var(ddof=1) / 5) ** 2 / ((line_a.var(ddof=1) / 12) ** 2 / 11 + (line_b.var(ddof=1) / 5) ** 2 / 4)))',
#     'len(line_a) == 12 and len(line_b) == 5',
# ]
# difficulty = 'basic'
# tags = ['debugging', 't-test', 'two-sample', 'equal-variance']
# ///
import numpy as np
from scipy import stats

line_a = np.array(
    [500.2, 499.8, 500.1, 500.0, 499.9, 500.3, 500.1, 499.7, 500.0, 500.2, 499.9, 500.1]
)
line_b = np.array([501.5, 497.9, 503.2, 499.0, 502.8])
# ttest_ind pools the variances by default; equal_var=False gives Welch's test
t_stat, p_value = stats.ttest_ind(line_a, line_b, equal_var=False)
