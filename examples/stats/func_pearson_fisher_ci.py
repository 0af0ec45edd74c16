# /// example
# task = '''
# Write a function `pearson_with_ci` with the signature and docstring below. Apply it to the
# `elevation_m` and `temperature` columns of the DataFrame `stations` and store the tuple in
# `elev_temp`; store in `pairs_error` the message raised by
# `pearson_with_ci([1.0, 2.0, np.nan, 4.0], [1.0, 3.0, 2.0, 5.0])`.
#
# ```python
# def pearson_with_ci(x, y, confidence=0.95):
#     """Pearson correlation with a Fisher z confidence interval.
#
#     Pairs where x or y is NaN are dropped. The interval is
#     tanh(atanh(r) -/+ z_crit / sqrt(n - 3)) with z_crit the two-sided
#     normal quantile for `confidence`. Returns (r, low, high) as floats;
#     all three are NaN when x or y is constant. Raises
#     ValueError("need at least 4 complete pairs") for fewer than 4 pairs.
#     """
# ```'''
# prompt = """
# I want the correlation between elevation and temperature with an uncertainty band, so write \
# `pearson_with_ci(x, y, confidence=0.95)` returning `(r, low, high)` as floats: Pearson's r on \
# the complete pairs and the Fisher z interval `tanh(atanh(r) -/+ z / sqrt(n - 3))`. A constant \
# variable should give NaN for all three and fewer than 4 pairs should raise \
# `ValueError("need at least 4 complete pairs")`. Apply it to `elevation_m` and `temperature` in \
# `stations` and store the tuple in `elev_temp`, and keep the message raised by \
# `pearson_with_ci([1.0, 2.0, np.nan, 4.0], [1.0, 3.0, 2.0, 5.0])` in `pairs_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     '(lambda x, y: (lambda r, z: np.allclose(pearson_with_ci(x, y), (r, np.tanh(np.arctanh(r) - z / np.sqrt(3)), np.tanh(np.arctanh(r) + z / np.sqrt(3)))))(np.corrcoef(x, y)[0, 1], scipy.stats.norm.ppf(0.975)))([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [2.0, 1.0, 4.0, 3.0, 7.0, 5.0])',
#     # a 90% interval, computed on the 5 complete pairs only
#     '(lambda x, y: (lambda r, z: np.allclose(pearson_with_ci([1.0, 2.0, np.nan, 4.0, 5.0, 6.0, 7.0], [3.0, 1.0, 2.0, 6.0, 5.0, 9.0, np.nan], confidence=0.9), (r, np.tanh(np.arctanh(r) - z / np.sqrt(2)), np.tanh(np.arctanh(r) + z / np.sqrt(2)))))(np.corrcoef(x, y)[0, 1], scipy.stats.norm.ppf(0.95)))([1.0, 2.0, 4.0, 5.0, 6.0], [3.0, 1.0, 6.0, 5.0, 9.0])',
#     'all(np.isnan(v) for v in pearson_with_ci([1.0, 2.0, 3.0, 4.0], [5.0, 5.0, 5.0, 5.0]))',
#     # four values each, but only three complete pairs
#     'pairs_error == "need at least 4 complete pairs"',
#     'all(isinstance(v, float) for v in elev_temp)',
#     '(lambda x, y: all(np.isnan(v) for v in elev_temp) if np.ptp(x) == 0 or np.ptp(y) == 0 else (lambda res: np.allclose(elev_temp, (res.statistic, *res.confidence_interval(0.95))))(scipy.stats.pearsonr(x, y)))(stations["elevation_m"].to_numpy(float), stations["temperature"].to_numpy(float))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'correlation', 'confidence-interval', 'validation']
# edge_cases = { min_size = 4, why = "the Fisher z interval needs at least 4 stations (n - 3 > 0)" }
# ///
import numpy as np
from scipy import stats


def pearson_with_ci(x, y, confidence=0.95):
    """Pearson correlation with a Fisher z confidence interval.

    Pairs where x or y is NaN are dropped. The interval is
    tanh(atanh(r) -/+ z_crit / sqrt(n - 3)) with z_crit the two-sided
    normal quantile for `confidence`. Returns (r, low, high) as floats;
    all three are NaN when x or y is constant. Raises
    ValueError("need at least 4 complete pairs") for fewer than 4 pairs.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    keep = ~(np.isnan(x) | np.isnan(y))
    x, y = x[keep], y[keep]
    if len(x) < 4:
        raise ValueError("need at least 4 complete pairs")
    if np.ptp(x) == 0 or np.ptp(y) == 0:
        return float("nan"), float("nan"), float("nan")
    r = stats.pearsonr(x, y).statistic
    if abs(r) == 1:
        return float(r), float(r), float(r)  # a perfect line: atanh(r) is infinite
    z_crit = stats.norm.ppf(0.5 + confidence / 2)
    # atanh makes the sampling distribution of r roughly normal with SD 1 / sqrt(n - 3)
    half_width = z_crit / np.sqrt(len(x) - 3)
    low, high = np.tanh(np.arctanh(r) - half_width), np.tanh(np.arctanh(r) + half_width)
    return float(r), float(low), float(high)


elev_temp = pearson_with_ci(stations["elevation_m"], stations["temperature"])

try:
    pearson_with_ci([1.0, 2.0, np.nan, 4.0], [1.0, 3.0, 2.0, 5.0])
except ValueError as error:
    pairs_error = str(error)
