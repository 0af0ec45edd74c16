# /// example
# task = '''
# Write a function `permutation_mean_diff` with the signature and docstring below. Apply it to the
# independent samples `a` and `b` and store the tuple in `perm_result`.
#
# ```python
# def permutation_mean_diff(a, b, n_resamples=9999, seed=0):
#     """Two-sided permutation test for a difference in means of two
#     independent samples; the statistic is mean(a) - mean(b).
#
#     NaN values are dropped first. Uses scipy.stats.permutation_test with
#     permutation_type="independent", the given n_resamples and
#     random_state=seed (SciPy runs the exact test when the number of distinct
#     relabellings does not exceed n_resamples). Returns (statistic, p_value)
#     as floats.
#     """
# ```'''
# prompt = """
# I don't want to assume normality when comparing two groups, so please write \
# `permutation_mean_diff(a, b, n_resamples=9999, seed=0)`: a two-sided permutation test on \
# mean(a) - mean(b) with SciPy's `permutation_test` (independent samples, `random_state=seed`, \
# exact when there are few enough relabellings), NaNs dropped, returning `(statistic, p_value)` as \
# floats. Then run it on my samples `a` and `b` and keep the result in `perm_result`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     # 20 ways to split six values into three and three; only the observed split and its mirror are as extreme
#     'np.allclose(permutation_mean_diff([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]), (-3.0, 0.1))',
#     'np.allclose(permutation_mean_diff([2.0, np.nan, 7.0, 4.0, 9.0], [3.0, 1.0, 5.0]), (5.5 - 3.0, scipy.stats.permutation_test(([2.0, 7.0, 4.0, 9.0], [3.0, 1.0, 5.0]), lambda x, y, axis: np.mean(x, axis=axis) - np.mean(y, axis=axis), permutation_type="independent", random_state=0).pvalue))',
#     'np.allclose(permutation_mean_diff(np.arange(12.0), np.arange(12.0) + 3, n_resamples=500, seed=2), (-3.0, scipy.stats.permutation_test((np.arange(12.0), np.arange(12.0) + 3), lambda x, y, axis: np.mean(x, axis=axis) - np.mean(y, axis=axis), n_resamples=500, random_state=2).pvalue))',
#     'np.isclose(perm_result[0], np.mean(a) - np.mean(b))',
#     'np.isclose(perm_result[1], scipy.stats.permutation_test((a, b), lambda x, y, axis: np.mean(x, axis=axis) - np.mean(y, axis=axis), n_resamples=9999, random_state=0).pvalue)',
#     'all(isinstance(value, float) for value in perm_result) and 0 < perm_result[1] <= 1',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'bootstrap', 'hypothesis-test', 'two-sample', 'nonparametric']
# edge_cases = { min_size = 2, why = "each group needs two values for a relabelling to change the means" }
# ///
import numpy as np
from scipy import stats


def permutation_mean_diff(a, b, n_resamples=9999, seed=0):
    """Two-sided permutation test for a difference in means of two
    independent samples; the statistic is mean(a) - mean(b).

    NaN values are dropped first. Uses scipy.stats.permutation_test with
    permutation_type="independent", the given n_resamples and
    random_state=seed (SciPy runs the exact test when the number of distinct
    relabellings does not exceed n_resamples). Returns (statistic, p_value)
    as floats.
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    a, b = a[~np.isnan(a)], b[~np.isnan(b)]

    def mean_difference(x, y, axis):
        # vectorised over the resamples along `axis`, so SciPy evaluates them in batches
        return np.mean(x, axis=axis) - np.mean(y, axis=axis)

    result = stats.permutation_test(
        (a, b),
        mean_difference,
        permutation_type="independent",
        alternative="two-sided",
        n_resamples=n_resamples,
        random_state=seed,
    )
    return float(result.statistic), float(result.pvalue)


perm_result = permutation_mean_diff(a, b)
