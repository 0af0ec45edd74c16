# /// example
# task = '''
# Write a function `clipped_mean` with the signature and docstring below, and apply it with
# `n_sigma=2` to the flux readings 10.2, 9.8, 10.1, 10.0, 9.9, 10.3, 55.0, 10.1, storing the
# returned pair in `flux_summary`. Call it on `[np.nan, np.nan]` too, catch the `ValueError`
# and store its message in `empty_message`.
#
# ```python
# def clipped_mean(values, n_sigma=3.0):
#     """Mean of `values` after iterative sigma clipping.
#
#     Repeatedly drops the values lying more than `n_sigma` population standard
#     deviations (ddof=0) from the mean of the values kept so far, until a pass
#     drops nothing; a value exactly `n_sigma` deviations away is kept.
#     Returns (mean of the kept values, number of values dropped). NaN values
#     are ignored and not counted as dropped. Raises ValueError when there is
#     no non-NaN value.
#     """
# ```'''
# prompt = """
# I need an outlier-resistant average for detector readings: `clipped_mean(values, n_sigma=3.0)` \
# should repeatedly throw away points more than `n_sigma` standard deviations (population, \
# ddof=0) from the current mean, keeping points exactly on the limit, until nothing changes, and \
# return `(mean of what is left, how many were dropped)`. Skip NaNs (they don't count as \
# dropped) and raise `ValueError` if there are no real values at all. Then run it with \
# `n_sigma=2` on my readings `10.2, 9.8, 10.1, 10.0, 9.9, 10.3, 55.0, 10.1` and store the pair \
# in `flux_summary`. Also show me the error message for `[np.nan, np.nan]` in `empty_message`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     # mean 14, std 12: 50 lies 3 std above and goes; the remaining 10s have zero spread
#     'np.allclose(clipped_mean([10, 10, 10, 10, 10, 10, 10, 10, 10, 50], n_sigma=2), (10.0, 1))',
#     # 5 lies exactly 2 std (2) above the mean (1): kept at n_sigma=2, dropped at 1.9
#     'np.allclose(clipped_mean([0, 0, 0, 0, 5], n_sigma=2), (1.0, 0)) and np.allclose(clipped_mean([0, 0, 0, 0, 5], n_sigma=1.9), (0.0, 1))',
#     'np.allclose(clipped_mean([1.0, 2.0, np.nan, 3.0]), (2.0, 0))',
#     '(lambda v: np.allclose(clipped_mean(v, n_sigma=2.5), (scipy.stats.sigmaclip(v, 2.5, 2.5).clipped.mean(), len(v) - len(scipy.stats.sigmaclip(v, 2.5, 2.5).clipped))))(np.random.default_rng(0).standard_t(2, size=200))',
#     # the code stores the message of the ValueError raised for an all-NaN input
#     'isinstance(empty_message, str) and len(empty_message) > 0',
#     'np.allclose(flux_summary, (np.mean([10.2, 9.8, 10.1, 10.0, 9.9, 10.3, 10.1]), 1))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'robust-statistics', 'outliers', 'error-handling']
# ///
import numpy as np
from scipy import stats


def clipped_mean(values, n_sigma=3.0):
    """Mean of `values` after iterative sigma clipping.

    Repeatedly drops the values lying more than `n_sigma` population standard
    deviations (ddof=0) from the mean of the values kept so far, until a pass
    drops nothing; a value exactly `n_sigma` deviations away is kept.
    Returns (mean of the kept values, number of values dropped). NaN values
    are ignored and not counted as dropped. Raises ValueError when there is
    no non-NaN value.
    """
    values = np.asarray(values, dtype=float)
    finite = values[~np.isnan(values)]
    if finite.size == 0:
        raise ValueError("clipped_mean needs at least one non-NaN value")
    # sigmaclip iterates until no value lies outside mean +/- n_sigma * std
    kept = stats.sigmaclip(finite, low=n_sigma, high=n_sigma).clipped
    return float(kept.mean()), int(finite.size - kept.size)


flux_summary = clipped_mean([10.2, 9.8, 10.1, 10.0, 9.9, 10.3, 55.0, 10.1], n_sigma=2)
try:
    clipped_mean([np.nan, np.nan])
except ValueError as error:
    empty_message = str(error)
