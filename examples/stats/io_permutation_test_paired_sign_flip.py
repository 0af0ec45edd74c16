# /// example
# task = """
# Build the resting heart rates of six people before and after a training programme as the lists \
# `before` and `after` and test whether the mean within-person change differs from zero with an \
# exact two-sided paired permutation test: the statistic is the mean of before minus after, and \
# the null distribution swaps the two values within each pair in all 2^6 = 64 ways. Store the \
# observed mean change in `mean_change`, the p-value in `p_value` and the size of the null \
# distribution in `n_permutations`.
#
# ```text
# person   1   2   3   4   5   6
# before  72  68  80  75  70  66
# after   70  65  79  70  69  64
# ```
#
# Wanted:
#
# ```text
# mean_change = 2.333, p_value = 0.03125 (= 2/64), n_permutations = 64
# ```"""
# prompt = """
# Six people measured their resting heart rate `before` and `after` training. With so few pairs \
# I want an exact paired permutation test (flip each pair's before/after labels, all 64 \
# combinations, two-sided) on the mean drop, giving `mean_change`, `p_value` and \
# `n_permutations`:
#
# ```text
# person   1   2   3   4   5   6
# before  72  68  80  75  70  66
# after   70  65  79  70  69  64
# ```
#
# I expect
#
# ```text
# mean_change = 2.333, p_value = 0.03125 (= 2/64), n_permutations = 64
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(mean_change, 2.333, atol=5e-4)',
#     'np.isclose(mean_change, np.mean(np.subtract(before, after)))',
#     'np.isclose(p_value, 2 / 64)',
#     'int(n_permutations) == 64',
#     'list(before) == [72, 68, 80, 75, 70, 66] and list(after) == [70, 65, 79, 70, 69, 64]',
# ]
# difficulty = 'advanced'
# tags = ['bootstrap', 'paired-samples', 'nonparametric', 'hypothesis-test']
# ///
import numpy as np
from scipy import stats

before = [72, 68, 80, 75, 70, 66]
after = [70, 65, 79, 70, 69, 64]


def mean_paired_difference(x, y, axis):
    return np.mean(x - y, axis=axis)


# permutation_type="samples" swaps values within each pair; n_resamples=np.inf makes it exact
result = stats.permutation_test(
    (before, after),
    mean_paired_difference,
    permutation_type="samples",
    n_resamples=np.inf,
    vectorized=True,
    alternative="two-sided",
)
mean_change = result.statistic
p_value = result.pvalue
n_permutations = len(result.null_distribution)
