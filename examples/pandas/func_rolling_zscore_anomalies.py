# /// example
# task = '''
# Write a function `trailing_zscore_flags` with the signature and docstring below, then flag the
# anomalies of the `sensor_b` channel of `sensor` with a 7-reading window and a threshold of 3,
# storing the flags in `sensor_b_flags`.
#
# ```python
# def trailing_zscore_flags(series, window, threshold=3.0):
#     """Flag values far from the `window` readings just before them.
#
#     Each value is compared with the mean and sample standard deviation
#     (ddof=1) of the previous `window` values, excluding itself, and is
#     flagged when |value - mean| > threshold * std. Values with fewer than
#     `window` earlier values, missing values, and values whose previous
#     window has a missing value or is constant are never flagged. Returns a
#     bool Series aligned with series.index.
#     """
# ```'''
# prompt = """
# For live monitoring I want to flag a reading when it is far from the readings just before it. \
# Please write `trailing_zscore_flags(series, window, threshold=3.0)` that compares each value \
# with the mean and sample std (ddof=1) of the previous `window` values (not including itself) \
# and flags it when |value - mean| > threshold * std. The first `window` values, missing values \
# and values whose previous window has a gap or is constant (all equal) are never flagged; return a bool \
# Series on the same index. Then flag `sensor["sensor_b"]` of my `sensor` table with a window of \
# 7 readings and threshold 3 into `sensor_b_flags`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'trailing_zscore_flags(pd.Series([10.0, 11.0, 9.0, 10.0, 30.0, 10.0, 10.5]), 4).tolist() == [False] * 4 + [True, False, False]',
#     'trailing_zscore_flags(pd.Series([10.0, 11.0, 9.0, 10.0, 12.0]), 4).tolist() == [False] * 5 and trailing_zscore_flags(pd.Series([10.0, 11.0, 9.0, 10.0, 12.0]), 4, threshold=1.0).tolist() == [False] * 4 + [True]',
#     'trailing_zscore_flags(pd.Series([5.0, 5.0, 5.0, 9.0, np.nan, 1.0, 2.0, 3.0, 100.0], index=list("abcdefghi")), 3).to_dict() == dict(zip("abcdefghi", [False] * 8 + [True]))',
#     'isinstance(sensor_b_flags, pd.Series) and sensor_b_flags.dtype == bool and sensor_b_flags.index.equals(sensor.index)',
#     'sensor_b_flags.tolist() == [bool(i >= 7 and np.all(np.isfinite(sensor["sensor_b"].to_numpy()[i - 7 : i + 1])) and np.ptp(sensor["sensor_b"].to_numpy()[i - 7 : i]) > 0 and abs(sensor["sensor_b"].to_numpy()[i] - np.mean(sensor["sensor_b"].to_numpy()[i - 7 : i])) > 3 * np.std(sensor["sensor_b"].to_numpy()[i - 7 : i], ddof=1)) for i in range(len(sensor))]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'rolling-window', 'outliers', 'time-series']
# edge_cases = true
# ///


def trailing_zscore_flags(series, window, threshold=3.0):
    """Flag values far from the `window` readings just before them.

    Each value is compared with the mean and sample standard deviation
    (ddof=1) of the previous `window` values, excluding itself, and is
    flagged when |value - mean| > threshold * std. Values with fewer than
    `window` earlier values, missing values, and values whose previous
    window has a missing value or is constant are never flagged. Returns a
    bool Series aligned with series.index.
    """
    rolling = series.rolling(window, min_periods=window)
    # shift(1) moves each window's statistics onto the next value, so a value never judges itself
    mean = rolling.mean().shift(1)
    std = rolling.std(ddof=1).shift(1)
    # a constant window has no spread to judge by (its std may be rounding noise, not 0)
    varies = (rolling.max() - rolling.min()).shift(1) > 0
    return ((series - mean).abs() > threshold * std) & varies


sensor_b_flags = trailing_zscore_flags(sensor["sensor_b"], window=7, threshold=3.0)
