# /// example
# task = '''
# Write a function `correlate` with the signature and docstring below. Apply it to the arrays `x`
# and `y` with `method="spearman"` and store the tuple in `rank_corr`; store in `method_error` the
# message raised for `method="distance"` (`"unknown method: distance"`).
#
# ```python
# def correlate(x, y, method="pearson"):
#     """Correlation coefficient and two-sided p-value of two paired samples.
#
#     method is "pearson", "spearman" or "kendall" (Kendall's tau-b). Pairs
#     where either value is NaN are dropped first. Returns (r, p_value) as
#     floats. Raises ValueError(f"unknown method: {method}") for any other
#     method.
#     """
# ```'''
# prompt = """
# I switch between correlation measures a lot, so I'd like `correlate(x, y, method="pearson")` that \
# accepts `"pearson"`, `"spearman"` or `"kendall"`, drops pairs with a NaN in either array, and \
# returns `(r, p_value)` as floats with a two-sided p-value; any other method should raise \
# `ValueError(f"unknown method: {method}")`. Use it on my `x` and `y` with Spearman's rank \
# correlation into `rank_corr`, and keep the error message for `method="distance"` (`"unknown method: distance"`) \
# in `method_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     'np.allclose(correlate([1.0, 2.0, 3.0, 4.0, 5.0], [2.0, 1.0, 4.0, 3.0, 5.0]), scipy.stats.pearsonr([1.0, 2.0, 3.0, 4.0, 5.0], [2.0, 1.0, 4.0, 3.0, 5.0]))',
#     # the pair holding a NaN is dropped from both arrays
#     'np.allclose(correlate([1.0, 2.0, np.nan, 4.0, 5.0, 6.0], [1.0, 4.0, 9.0, 16.0, 30.0, 20.0], method="kendall"), scipy.stats.kendalltau([1.0, 2.0, 4.0, 5.0, 6.0], [1.0, 4.0, 16.0, 30.0, 20.0]))',
#     # a NaN in `y` drops its pair too
#     'np.allclose(correlate([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [2.0, 1.0, np.nan, 3.0, 6.0, 5.0]), scipy.stats.pearsonr([1.0, 2.0, 4.0, 5.0, 6.0], [2.0, 1.0, 3.0, 6.0, 5.0]))',
#     'np.allclose(correlate([3.0, 1.0, 2.0, 5.0, 4.0, 6.0], [9.0, 1.0, 4.0, 25.0, 16.0, 36.0], method="spearman"), (1.0, 0.0))',
#     'method_error == "unknown method: distance"',
#     'np.allclose(rank_corr, scipy.stats.spearmanr(x, y))',
#     'all(isinstance(value, float) for value in rank_corr)',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'correlation', 'ranking', 'validation']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def correlate(x, y, method="pearson"):
    """Correlation coefficient and two-sided p-value of two paired samples.

    method is "pearson", "spearman" or "kendall" (Kendall's tau-b). Pairs
    where either value is NaN are dropped first. Returns (r, p_value) as
    floats. Raises ValueError(f"unknown method: {method}") for any other
    method.
    """
    if method not in ("pearson", "spearman", "kendall"):
        raise ValueError(f"unknown method: {method}")
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    # drop a pair when either value is missing, so the arrays stay aligned
    complete = ~(np.isnan(x) | np.isnan(y))
    x, y = x[complete], y[complete]
    if method == "pearson":
        result = stats.pearsonr(x, y)
    elif method == "spearman":
        result = stats.spearmanr(x, y)
    else:
        result = stats.kendalltau(x, y)
    return float(result.statistic), float(result.pvalue)


rank_corr = correlate(x, y, method="spearman")

try:
    correlate(x, y, method="distance")
except ValueError as error:
    method_error = str(error)
