# /// example
# task = '''
# Write a function `robust_zscore` with the signature and docstring below. Apply it to the sample
# `values` and store the result in `scores`, and store in `empty_error` the message of the error
# that `robust_zscore([])` raises.
#
# ```python
# def robust_zscore(x):
#     """Robust z-scores of a 1-D sample: (x - median) / (1.4826 * MAD).
#
#     NaN values are ignored when computing the median and the MAD and stay
#     NaN in the result. When the MAD is 0 (a constant sample, a single value)
#     every non-NaN score is 0.0. Raises ValueError("no finite values") when x
#     is empty or all NaN.
#     """
# ```'''
# prompt = """
# I need a reusable `robust_zscore(x)` for flagging outliers: (x - median) / (1.4826 * MAD), with \
# NaNs ignored for the median/MAD but kept as NaN in the output. If the MAD is zero (constant \
# data or one value) all scores should be `0.0`, and for empty or all-NaN input it should raise \
# `ValueError("no finite values")`. Please run it on my sample `values` and keep the result in \
# `scores`, and show that an empty list fails by keeping the error message in `empty_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'np.allclose(robust_zscore([1.0, 2.0, 3.0, 4.0, 100.0]), (np.array([1.0, 2.0, 3.0, 4.0, 100.0]) - 3.0) / scipy.stats.median_abs_deviation([1.0, 2.0, 3.0, 4.0, 100.0], scale="normal"))',
#     'np.allclose(robust_zscore([4.0, np.nan, 10.0, 6.0]), [(4.0 - 6.0) / (1.4826 * 2.0), np.nan, (10.0 - 6.0) / (1.4826 * 2.0), 0.0], equal_nan=True)',
#     'np.array_equal(robust_zscore([7.5, 7.5, 7.5]), [0.0, 0.0, 0.0])',
#     'np.array_equal(robust_zscore([3.0]), [0.0])',
#     'len(scores) == len(values)',
#     # where the MAD is 0 every score is 0, otherwise the scaled deviation from the median
#     'np.allclose(scores, (np.asarray(values) - np.nanmedian(values)) / (1.4826 * scipy.stats.median_abs_deviation(values, nan_policy="omit")) if scipy.stats.median_abs_deviation(values, nan_policy="omit") > 0 else np.where(np.isnan(values), np.nan, 0.0), equal_nan=True)',
#     'empty_error == "no finite values"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'robust-statistics', 'outliers', 'error-handling']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def robust_zscore(x):
    """Robust z-scores of a 1-D sample: (x - median) / (1.4826 * MAD).

    NaN values are ignored when computing the median and the MAD and stay
    NaN in the result. When the MAD is 0 (a constant sample, a single value)
    every non-NaN score is 0.0. Raises ValueError("no finite values") when x
    is empty or all NaN.
    """
    x = np.asarray(x, dtype=float)
    if np.isnan(x).all():
        raise ValueError("no finite values")
    median = np.nanmedian(x)
    # 1.4826 makes the MAD estimate the standard deviation of normal data
    mad = 1.4826 * stats.median_abs_deviation(x, nan_policy="omit")
    if mad == 0:
        return np.where(np.isnan(x), np.nan, 0.0)
    return (x - median) / mad


scores = robust_zscore(values)

try:
    robust_zscore([])
except ValueError as error:
    empty_error = str(error)
