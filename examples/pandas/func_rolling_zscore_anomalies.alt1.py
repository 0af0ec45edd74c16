import numpy as np
import pandas as pd
from numpy.lib.stride_tricks import sliding_window_view


def trailing_zscore_flags(series, window, threshold=3.0):
    """Flag values far from the `window` readings just before them.

    Each value is compared with the mean and sample standard deviation
    (ddof=1) of the previous `window` values, excluding itself, and is
    flagged when |value - mean| > threshold * std. Values with fewer than
    `window` earlier values, missing values, and values whose previous
    window has a missing value or is constant are never flagged. Returns a
    bool Series aligned with series.index.
    """
    values = series.to_numpy(dtype=float)
    flags = np.zeros(len(values), dtype=bool)
    if len(values) > window:
        previous = sliding_window_view(values, window)[:-1]
        center = previous.mean(axis=1)
        spread = previous.std(axis=1, ddof=1)
        current = values[window:]
        with np.errstate(invalid="ignore"):
            varies = np.ptp(previous, axis=1) > 0
            flags[window:] = (np.abs(current - center) > threshold * spread) & varies
    return pd.Series(flags, index=series.index)


sensor_b_flags = trailing_zscore_flags(sensor["sensor_b"], 7)
