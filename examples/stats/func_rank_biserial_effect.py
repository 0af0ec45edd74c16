# /// example
# task = '''
# Write a function `mannwhitney_effect` with the signature and docstring below. Apply it to the
# independent samples `a` and `b` and store the tuple in `effect`; store in `empty_error` the
# message raised by `mannwhitney_effect([np.nan], [1.0, 2.0])`.
#
# ```python
# def mannwhitney_effect(a, b):
#     """Two-sided Mann-Whitney U test with the rank-biserial correlation.
#
#     U is the statistic of the first sample (pairs with a > b count 1,
#     ties 0.5); r = 2 * U / (n_a * n_b) - 1, so r = 1 when every value of a
#     exceeds every value of b and -1 in the reverse case. NaN values are
#     dropped. Returns (U, r, p_value) as floats. Raises
#     ValueError("both samples need at least one value") when a sample is
#     empty after dropping NaN.
#     """
# ```'''
# prompt = """
# Alongside the Mann-Whitney p-value I'd like an effect size. Please write \
# `mannwhitney_effect(a, b)` that drops NaNs, runs the two-sided test and returns \
# `(U, r, p_value)` as floats, where `U` is the first sample's statistic and `r` the rank-biserial \
# correlation `2 * U / (n_a * n_b) - 1` (so `1` when `a` always wins, `-1` when it always loses). \
# An empty sample should raise `ValueError("both samples need at least one value")`. Use it on my \
# samples `a` and `b` and keep the tuple in `effect`, plus the message raised by \
# `mannwhitney_effect([np.nan], [1.0, 2.0])` in `empty_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     '(lambda e: np.isclose(e[0], 9.0) and np.isclose(e[1], 1.0) and np.isclose(e[2], scipy.stats.mannwhitneyu([7.0, 8.0, 9.0], [1.0, 2.0, 3.0]).pvalue))(mannwhitney_effect([7.0, 8.0, 9.0], [1.0, 2.0, 3.0]))',
#     # a tie counts half: U = 1 + 1 + 0.5 + 0 + 1 + 1 = 4.5 of 6 pairs
#     '(lambda e: np.isclose(e[0], 4.5) and np.isclose(e[1], 0.5) and np.isclose(e[2], scipy.stats.mannwhitneyu([2.0, 5.0], [1.0, 2.0, 4.0]).pvalue))(mannwhitney_effect([2.0, np.nan, 5.0], [1.0, 2.0, 4.0]))',
#     # a NaN in the second sample is dropped as well
#     'np.allclose(mannwhitney_effect([1.0, 2.0], [10.0, np.nan, 11.0, 12.0])[:2], (0.0, -1.0))',
#     'empty_error == "both samples need at least one value"',
#     'all(isinstance(v, float) for v in effect) and -1 <= effect[1] <= 1',
#     # r from all pairwise comparisons a_i vs b_j, ties counting half
#     '(lambda x, y: np.isclose(effect[1], 2 * np.mean(np.greater.outer(x, y) + 0.5 * np.equal.outer(x, y)) - 1))(np.asarray(a)[~np.isnan(a)], np.asarray(b)[~np.isnan(b)])',
#     'np.isclose(effect[2], scipy.stats.mannwhitneyu(np.asarray(a)[~np.isnan(a)], np.asarray(b)[~np.isnan(b)], alternative="two-sided").pvalue)',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'effect-size', 'nonparametric', 'two-sample', 'validation']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def mannwhitney_effect(a, b):
    """Two-sided Mann-Whitney U test with the rank-biserial correlation.

    U is the statistic of the first sample (pairs with a > b count 1,
    ties 0.5); r = 2 * U / (n_a * n_b) - 1, so r = 1 when every value of a
    exceeds every value of b and -1 in the reverse case. NaN values are
    dropped. Returns (U, r, p_value) as floats. Raises
    ValueError("both samples need at least one value") when a sample is
    empty after dropping NaN.
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    a, b = a[~np.isnan(a)], b[~np.isnan(b)]
    if len(a) == 0 or len(b) == 0:
        raise ValueError("both samples need at least one value")
    result = stats.mannwhitneyu(a, b, alternative="two-sided")
    # scipy reports U for the first sample, so r > 0 means a tends to be larger
    r = 2 * result.statistic / (len(a) * len(b)) - 1
    return float(result.statistic), float(r), float(result.pvalue)


effect = mannwhitney_effect(a, b)

try:
    mannwhitney_effect([np.nan], [1.0, 2.0])
except ValueError as error:
    empty_error = str(error)
