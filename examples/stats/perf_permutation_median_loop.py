# /// example
# task = """
# This code runs a two-sided permutation test of the difference in medians \
# `median(b) - median(a)` between the independent samples `a` and `b`, shuffling the pooled \
# values 2000 times in a Python loop, and stores the observed difference in `observed` and the \
# p-value in `p_value`:
#
# ```python
# import numpy as np
#
# rng = np.random.default_rng(0)
# observed = np.median(b) - np.median(a)
# pooled = np.concatenate([a, b])
# null = np.empty(2000)
# for i in range(2000):
#     shuffled = rng.permutation(pooled)
#     null[i] = np.median(shuffled[len(a):]) - np.median(shuffled[: len(a)])
# p_greater = (np.sum(null >= observed) + 1) / (len(null) + 1)
# p_less = (np.sum(null <= observed) + 1) / (len(null) + 1)
# p_value = min(1.0, 2 * min(p_greater, p_less))
# ```
#
# Make it fast without the loop over permutations (the random shuffles may differ)."""
# prompt = """
# This permutation test on the median difference between my groups `a` and `b` works but is slow:
#
# ```python
# import numpy as np
#
# rng = np.random.default_rng(0)
# observed = np.median(b) - np.median(a)
# pooled = np.concatenate([a, b])
# null = np.empty(2000)
# for i in range(2000):
#     shuffled = rng.permutation(pooled)
#     null[i] = np.median(shuffled[len(a):]) - np.median(shuffled[: len(a)])
# p_greater = (np.sum(null >= observed) + 1) / (len(null) + 1)
# p_less = (np.sum(null <= observed) + 1) / (len(null) + 1)
# p_value = min(1.0, 2 * min(p_greater, p_less))
# ```
#
# Can I get the same `observed` and two-sided `p_value` without the Python loop?"""
# task_type = 'performance'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.c' }
# checks = [
#     'np.isclose(observed, np.median(b) - np.median(a))',
#     # a Monte Carlo p-value: within a few standard errors of a long reference run
#     'abs(p_value - scipy.stats.permutation_test((b, a), lambda x, y, axis: np.median(x, axis=axis) - np.median(y, axis=axis), n_resamples=9999, random_state=np.random.default_rng(1)).pvalue) < 0.06',
#     '0 < p_value <= 1',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'bootstrap', 'two-sample', 'nonparametric']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def median_difference(x, y, axis):
    return np.median(x, axis=axis) - np.median(y, axis=axis)


# a statistic that takes `axis` lets SciPy evaluate whole batches of permutations at once
result = stats.permutation_test(
    (b, a), median_difference, n_resamples=2000, random_state=np.random.default_rng(0)
)
observed = result.statistic
p_value = result.pvalue
