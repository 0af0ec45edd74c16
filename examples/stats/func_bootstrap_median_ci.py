# /// example
# task = '''
# Write a function `bootstrap_median_ci` with the signature and docstring below. Apply it to the
# right-skewed sample `skewed` and store the tuple in `median_ci`; store in `short_error` the message
# raised for the sample `[4.0, np.nan]`.
#
# ```python
# def bootstrap_median_ci(x, confidence=0.95, n_resamples=2000, seed=0):
#     """Percentile bootstrap confidence interval for the median of a 1-D sample.
#
#     NaN values are dropped first. Uses scipy.stats.bootstrap with
#     method="percentile", the given confidence level and n_resamples, and
#     random_state=seed. Returns (low, high) as floats; a sample whose
#     values are all equal gives (value, value). Raises
#     ValueError("need at least 2 values") for fewer than 2 values.
#     """
# ```'''
# prompt = """
# I report medians of skewed data with a bootstrap interval, so I'd like \
# `bootstrap_median_ci(x, confidence=0.95, n_resamples=2000, seed=0)` built on SciPy's bootstrap \
# with the percentile method and `random_state=seed`, dropping NaNs, returning `(low, high)` as \
# floats, giving `(value, value)` for a constant sample and raising \
# `ValueError("need at least 2 values")` when fewer than 2 values are left. Run it on `skewed` and \
# keep the interval in `median_ci`, and the message for the sample `[4.0, np.nan]` in \
# `short_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     'np.allclose(bootstrap_median_ci([1.0, 5.0, 2.0, 8.0, 3.0, 9.0, 4.0], confidence=0.9, n_resamples=500, seed=1), scipy.stats.bootstrap(([1.0, 5.0, 2.0, 8.0, 3.0, 9.0, 4.0],), np.median, confidence_level=0.9, n_resamples=500, method="percentile", random_state=1).confidence_interval)',
#     'np.allclose(bootstrap_median_ci([2.0, np.nan, 6.0, 4.0, 10.0]), scipy.stats.bootstrap(([2.0, 6.0, 4.0, 10.0],), np.median, n_resamples=2000, method="percentile", random_state=0).confidence_interval)',
#     'bootstrap_median_ci([3.5, 3.5, 3.5]) == (3.5, 3.5)',
#     # one value is left once the NaN is dropped
#     'short_error == "need at least 2 values"',
#     'np.allclose(median_ci, scipy.stats.bootstrap((np.asarray(skewed)[~np.isnan(skewed)],), np.median, n_resamples=2000, method="percentile", random_state=0).confidence_interval) if np.ptp(np.asarray(skewed)[~np.isnan(skewed)]) > 0 else median_ci[0] == median_ci[1]',
#     'median_ci[0] <= np.nanmedian(skewed) <= median_ci[1]',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'bootstrap', 'confidence-interval', 'robust-statistics']
# edge_cases = { min_size = 2, why = "a bootstrap interval needs at least two observations" }
# ///
import numpy as np
from scipy import stats


def bootstrap_median_ci(x, confidence=0.95, n_resamples=2000, seed=0):
    """Percentile bootstrap confidence interval for the median of a 1-D sample.

    NaN values are dropped first. Uses scipy.stats.bootstrap with
    method="percentile", the given confidence level and n_resamples, and
    random_state=seed. Returns (low, high) as floats; a sample whose
    values are all equal gives (value, value). Raises
    ValueError("need at least 2 values") for fewer than 2 values.
    """
    x = np.asarray(x, dtype=float)
    x = x[~np.isnan(x)]
    if len(x) < 2:
        raise ValueError("need at least 2 values")
    if np.all(x == x[0]):
        # every resample has the same median; bootstrap would warn about a degenerate distribution
        return float(x[0]), float(x[0])
    result = stats.bootstrap(
        (x,),
        np.median,
        confidence_level=confidence,
        n_resamples=n_resamples,
        method="percentile",
        random_state=seed,
    )
    return float(result.confidence_interval.low), float(result.confidence_interval.high)


median_ci = bootstrap_median_ci(skewed)

try:
    bootstrap_median_ci([4.0, np.nan])
except ValueError as error:
    short_error = str(error)
