import numpy as np
import pandas as pd


def integrate_over_hours(series):
    """Time integral of a pandas Series with a DatetimeIndex, in value-hours.

    Uses the trapezoidal rule on the actual timestamps (gaps and uneven
    spacing allowed), with time measured in hours. A series of fewer than
    two samples gives 0.0. Returns a float. Raises
    ValueError("timestamps must be in increasing order") when the index
    is not monotonically increasing.
    """
    if not series.index.is_monotonic_increasing:
        raise ValueError("timestamps must be in increasing order")
    values = series.to_numpy(dtype=float)
    # interval widths in hours between consecutive timestamps
    widths = series.index.to_series().diff().dt.total_seconds().to_numpy()[1:] / 3600
    return float(np.sum(widths * (values[1:] + values[:-1]) / 2))


sensor_a_hours = integrate_over_hours(sensor["sensor_a"])
try:
    integrate_over_hours(
        pd.Series([1.0, 2.0], index=pd.DatetimeIndex(["2024-01-02", "2024-01-01"]))
    )
except ValueError as exc:
    order_error = str(exc)
