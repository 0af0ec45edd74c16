# /// example
# task = '''
# Write the function `ecdf_at` below with `scipy.stats.ecdf` and apply it to the sample
# `waits` at the points 1, 2 and 5, storing the result in `share_within`; store the message
# raised by `ecdf_at([np.nan], [1.0])` in `empty_error`.
#
# ```python
# def ecdf_at(sample, points):
#     """Empirical CDF of `sample` evaluated at `points`: the share of
#     values <= each point. NaN values in `sample` are dropped first.
#     Raises ValueError("sample has no finite values") when none is left.
#     """
# ```'''
# prompt = """
# I often need "what share of waits is at most t" for a few t. Please write \
# `ecdf_at(sample, points)` on top of scipy.stats.ecdf: the fraction of values <= each point, \
# NaNs dropped, and `ValueError("sample has no finite values")` if nothing is left. Apply it \
# to `waits` at 1, 2 and 5 into `share_within`, and keep the error message of \
# `ecdf_at([np.nan], [1.0])` in `empty_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { waits = 'skewed' }
# checks = [
#     'np.allclose(share_within, [np.mean(waits <= t) for t in (1, 2, 5)])',
#     # points on sample values count the value itself (<=)
#     'np.allclose(ecdf_at([3.0, 1.0, 2.0, 2.0], [0.5, 1.0, 2.0, 2.5, 3.0]), [0.0, 0.25, 0.75, 0.75, 1.0])',
#     'np.allclose(ecdf_at([5.0, np.nan, 7.0], [6.0]), [0.5])',
#     'np.allclose(ecdf_at([4.0], [3.9, 4.0]), [0.0, 1.0])',
#     'empty_error == "sample has no finite values"',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'ecdf', 'missing-data', 'validation']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def ecdf_at(sample, points):
    """Empirical CDF of `sample` evaluated at `points`: the share of
    values <= each point. NaN values in `sample` are dropped first.
    Raises ValueError("sample has no finite values") when none is left.
    """
    sample = np.asarray(sample, dtype=float)
    sample = sample[~np.isnan(sample)]
    if sample.size == 0:
        raise ValueError("sample has no finite values")
    # the ECDF is right-continuous: it jumps at each value, so F(x_i) includes x_i
    return stats.ecdf(sample).cdf.evaluate(np.asarray(points, dtype=float))


share_within = ecdf_at(waits, [1, 2, 5])

try:
    ecdf_at([np.nan], [1.0])
except ValueError as error:
    empty_error = str(error)
