from itertools import pairwise

import numpy as np
import pandas as pd


def interpolate_short_gaps(series, max_gap):
    """Linearly interpolate only the runs of at most `max_gap` consecutive NaN.

    Longer runs stay entirely NaN (unlike interpolate(limit=...), which
    would fill their first values), and so do NaN before the first or after
    the last valid value. Interpolation is by position, ignoring the index
    values. Returns a new float Series with the same index and name;
    max_gap < 1 fills nothing.
    """
    y = series.to_numpy(dtype=float)
    out = y.copy()
    valid = np.flatnonzero(~np.isnan(y))
    for left, right in pairwise(valid):
        gap = right - left - 1
        if 0 < gap <= max_gap:
            inside = np.arange(left + 1, right)
            out[inside] = np.interp(inside, [left, right], [y[left], y[right]])
    return pd.Series(out, index=series.index, name=series.name)


sensor_a_filled = interpolate_short_gaps(sensor["sensor_a"], 2)
