# /// example
# task = '''
# Write a function `kruskal_effect` with the signature and docstring below. Apply it to the three
# independent samples `a`, `b` and `c` and store the tuple in `kw`; store in `samples_error` the
# message raised by `kruskal_effect([1.0, 2.0], [np.nan])`.
#
# ```python
# def kruskal_effect(*samples):
#     """Kruskal-Wallis H test with the epsilon-squared effect size.
#
#     NaN values are dropped. epsilon^2 = H / (n - 1), with n the total
#     number of values, ranges from 0 to 1. Returns (H, p_value, epsilon_sq)
#     as floats; when every value is identical returns (0.0, 1.0, 0.0).
#     Raises ValueError("need at least two non-empty samples") when fewer
#     than two samples hold values.
#     """
# ```'''
# prompt = """
# With the Kruskal-Wallis test I also want to report an effect size, so please write \
# `kruskal_effect(*samples)`: drop NaNs, run the H test and return `(H, p_value, epsilon_sq)` \
# as floats with epsilon squared `H / (n - 1)` (n = all values together). If every value is the \
# same return `(0.0, 1.0, 0.0)`, and raise `ValueError("need at least two non-empty samples")` \
# when fewer than two samples have data. Apply it to my samples `a`, `b` and `c` into `kw`, and \
# keep the message raised by `kruskal_effect([1.0, 2.0], [np.nan])` in `samples_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     # no ties: H = 12 / (n (n + 1)) * sum(R_i^2 / n_i) - 3 (n + 1), ranks 1-3, 4-6, 7-9
#     '(lambda r, h: np.isclose(r[0], h) and np.isclose(r[2], h / 8) and np.isclose(r[1], scipy.stats.chi2.sf(h, 2)))(kruskal_effect([1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]), 12 / 90 * (6**2 / 3 + 15**2 / 3 + 24**2 / 3) - 30)',
#     '(lambda r: np.isclose(r[0], scipy.stats.kruskal([2.0, 2.0, 5.0], [1.0, 3.0]).statistic) and np.isclose(r[2], r[0] / 4))(kruskal_effect([2.0, np.nan, 2.0, 5.0], [1.0, 3.0], []))',
#     'kruskal_effect([4.0, 4.0], [4.0, 4.0, 4.0]) == (0.0, 1.0, 0.0)',
#     # the second sample is empty once its NaN is dropped
#     'samples_error == "need at least two non-empty samples"',
#     'all(isinstance(v, float) for v in kw) and 0 <= kw[2] <= 1',
#     '(lambda x, y, z: kw == (0.0, 1.0, 0.0) if np.ptp(np.r_[x, y, z]) == 0 else np.allclose(kw, (scipy.stats.kruskal(x, y, z).statistic, scipy.stats.kruskal(x, y, z).pvalue, scipy.stats.kruskal(x, y, z).statistic / (len(x) + len(y) + len(z) - 1))))(np.asarray(a, dtype=float), np.asarray(b, dtype=float), np.asarray(c, dtype=float))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'effect-size', 'nonparametric', 'k-sample', 'validation']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def kruskal_effect(*samples):
    """Kruskal-Wallis H test with the epsilon-squared effect size.

    NaN values are dropped. epsilon^2 = H / (n - 1), with n the total
    number of values, ranges from 0 to 1. Returns (H, p_value, epsilon_sq)
    as floats; when every value is identical returns (0.0, 1.0, 0.0).
    Raises ValueError("need at least two non-empty samples") when fewer
    than two samples hold values.
    """
    cleaned = [np.asarray(s, dtype=float) for s in samples]
    cleaned = [s[~np.isnan(s)] for s in cleaned]
    cleaned = [s for s in cleaned if s.size > 0]
    if len(cleaned) < 2:
        raise ValueError("need at least two non-empty samples")
    pooled = np.concatenate(cleaned)
    # all-tied data has no ranks to compare and scipy would return NaN
    if np.ptp(pooled) == 0:
        return 0.0, 1.0, 0.0
    result = stats.kruskal(*cleaned)
    return (
        float(result.statistic),
        float(result.pvalue),
        float(result.statistic / (pooled.size - 1)),
    )


kw = kruskal_effect(a, b, c)

try:
    kruskal_effect([1.0, 2.0], [np.nan])
except ValueError as error:
    samples_error = str(error)
