# /// example
# task = """
# Build the plot yields below as the lists `new` and `old` and test whether the new fertiliser \
# gives a higher mean yield with an exact one-sided permutation test (every one of the 70 ways \
# to split the 8 plots into two groups of 4). Store the observed difference \
# `mean(new) - mean(old)` in `mean_gain`, the p-value in `p_value` and the number of splits in \
# the null distribution in `n_splits`.
#
# ```text
# new  12  15  14  18
# old   9  11  10  13
# ```
#
# Wanted:
#
# ```text
# mean_gain = 4.0, p_value = 0.02857 (= 2/70), n_splits = 70
# ```"""
# prompt = """
# Tiny trial: four plots got the `new` fertiliser and four the `old` one. Is the new one better? \
# With so few plots I want an exact permutation test over all splits, one-sided, giving \
# `mean_gain`, `p_value` and `n_splits`:
#
# ```text
# new  12  15  14  18
# old   9  11  10  13
# ```
#
# By hand I get
#
# ```text
# mean_gain = 4.0, p_value = 0.02857 (= 2/70), n_splits = 70
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(mean_gain, 4.0)',
#     'np.isclose(p_value, 2 / 70)',
#     'int(n_splits) == 70',
#     'list(new) == [12, 15, 14, 18] and list(old) == [9, 11, 10, 13]',
# ]
# difficulty = 'basic'
# tags = ['bootstrap', 'two-sample', 'test-alternative', 'hypothesis-test']
# ///
import numpy as np
from scipy import stats

new = [12, 15, 14, 18]
old = [9, 11, 10, 13]


def mean_difference(x, y, axis):
    return np.mean(x, axis=axis) - np.mean(y, axis=axis)


# n_resamples=np.inf enumerates all 70 splits, so the p-value is exact
result = stats.permutation_test(
    (new, old), mean_difference, n_resamples=np.inf, alternative="greater"
)
mean_gain = result.statistic
p_value = result.pvalue
n_splits = len(result.null_distribution)
