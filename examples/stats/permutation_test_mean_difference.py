# /// example
# task = """
# Test whether samples `a` and `b` differ in mean with a two-sided permutation test (2000 random \
# relabellings, seeded Generator) on the statistic mean(a) - mean(b); store the result in \
# `result`."""
# prompt = """
# Do samples `a` and `b` differ in mean? Run a two-sided permutation test on the statistic \
# mean(a) - mean(b), with 2000 random relabellings from a seeded Generator, and store the result \
# in `result`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     'np.isclose(result.statistic, a.mean() - b.mean())',
#     # scipy enumerates every relabelling instead when there are fewer than n_resamples
#     'len(result.null_distribution) == min(2000, math.comb(len(a) + len(b), len(a)))',
#     # the observed labelling counts as one of the arrangements, so p is never 0
#     '0 < result.pvalue <= 1',
#     # two-sided: twice the smaller tail of the null distribution (counting the observed labelling
#     # once, up to rounding ties), capped at 1
#     '(lambda null, t, tol: np.isclose(result.pvalue, min(1.0, 2 * min((np.sum(null <= t + tol) + 1) / (null.size + 1), (np.sum(null >= t - tol) + 1) / (null.size + 1))), atol=2 / null.size))(result.null_distribution, result.statistic, 1e-9 * np.max(np.abs(result.null_distribution)))',
# ]
# difficulty = 'advanced'
# tags = ['hypothesis-test', 'bootstrap', 'two-sample']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def mean_difference(x, y, axis):
    return np.mean(x, axis=axis) - np.mean(y, axis=axis)


# vectorized=True lets scipy evaluate many permutations per call along `axis`
result = stats.permutation_test(
    (a, b),
    mean_difference,
    vectorized=True,
    n_resamples=2000,
    alternative="two-sided",
    random_state=np.random.default_rng(42),
)
