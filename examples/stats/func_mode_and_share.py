# /// example
# task = '''
# Write the function `mode_share` below with `scipy.stats.mode` and apply it to the counts
# `counts`, storing the pair in `top`; store the message raised for an empty list in `empty_error`.
#
# ```python
# def mode_share(values):
#     """Most frequent value of the 1-D array-like `values` and its share.
#
#     Returns (mode, share) with share = count / len(values). Ties go to the
#     smallest of the tied values. Raises ValueError("values is empty")
#     for an empty input.
#     """
# ```'''
# prompt = """
# For integer data like my daily `counts` I want `mode_share(values)` returning the most common \
# value and the fraction of observations equal to it, as a pair, with ties resolved to the \
# smallest value and `ValueError("values is empty")` on empty input. Use scipy.stats.mode. Put \
# `mode_share(counts)` in `top` and the error message for an empty list in `empty_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { counts = 'event_counts' }
# checks = [
#     'top[0] == min(v for v in set(counts.tolist()) if list(counts).count(v) == max(list(counts).count(u) for u in set(counts.tolist())))',
#     'np.isclose(top[1], np.mean(counts == top[0]))',
#     # 2 and 5 both appear twice: the smaller wins
#     'mode_share([5, 2, 7, 5, 2])[0] == 2 and np.isclose(mode_share([5, 2, 7, 5, 2])[1], 0.4)',
#     'mode_share([9])[0] == 9 and np.isclose(mode_share([9])[1], 1.0)',
#     'mode_share([1, 3, 3, 3])[0] == 3 and np.isclose(mode_share([1, 3, 3, 3])[1], 0.75)',
#     'empty_error == "values is empty"',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'counting', 'descriptive-statistics', 'validation']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def mode_share(values):
    """Most frequent value of the 1-D array-like `values` and its share.

    Returns (mode, share) with share = count / len(values). Ties go to the
    smallest of the tied values. Raises ValueError("values is empty")
    for an empty input.
    """
    values = np.asarray(values)
    if values.size == 0:
        raise ValueError("values is empty")
    # stats.mode returns the smallest of tied modes
    result = stats.mode(values)
    return result.mode.item(), result.count.item() / values.size


top = mode_share(counts)

try:
    mode_share([])
except ValueError as error:
    empty_error = str(error)
