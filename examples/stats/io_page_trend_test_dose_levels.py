# /// example
# task = """
# Five volunteers rated alertness after a low, medium and high caffeine dose (table below; one \
# row per volunteer). Build the ratings as the 5 x 3 array `ratings` (columns in dose order) \
# and test for the ordered alternative that alertness increases with dose (low < medium < \
# high) with Page's L test, exact p-value. Store the L statistic in `page_l` and the p-value in \
# `p_value`.
#
# ```text
# volunteer  low  medium  high
# 1          3.1     4.0   4.9
# 2          2.8     3.9   3.5
# 3          3.5     4.4   5.2
# 4          2.9     3.1   4.0
# 5          3.3     3.0   4.1
# ```
#
# Wanted:
#
# ```text
# page_l = 68.0, p_value = 0.00656
# ```"""
# prompt = """
# Repeated-measures data: each volunteer got three caffeine doses. I don't just want "some \
# difference" (Friedman), I want to test the specific trend low < medium < high, with an exact \
# p-value. Please give `page_l` and `p_value` from my `ratings` (rows volunteers, columns dose \
# order):
#
# ```text
# volunteer  low  medium  high
# 1          3.1     4.0   4.9
# 2          2.8     3.9   3.5
# 3          3.5     4.4   5.2
# 4          2.9     3.1   4.0
# 5          3.3     3.0   4.1
# ```
#
# Expected:
#
# ```text
# page_l = 68.0, p_value = 0.00656
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(page_l, 68.0)',
#     'np.isclose(p_value, 0.00656, atol=5e-6)',
#     'np.shape(ratings) == (5, 3)',
# ]
# difficulty = 'advanced'
# tags = ['nonparametric', 'paired-samples', 'ranking', 'hypothesis-test']
# ///
import numpy as np
from scipy import stats

ratings = np.array(
    [
        [3.1, 4.0, 4.9],
        [2.8, 3.9, 3.5],
        [3.5, 4.4, 5.2],
        [2.9, 3.1, 4.0],
        [3.3, 3.0, 4.1],
    ]
)

# the columns are in the predicted order, so the default predicted ranks 1, 2, 3 apply
result = stats.page_trend_test(ratings, method="exact")
page_l = result.statistic
p_value = result.pvalue
