# /// example
# task = '''
# Write a function `integrate_over_hours` with the signature and docstring below. Apply it to the
# `sensor_a` column of the daily frame `sensor` and store the result in `sensor_a_hours`. Store in
# `order_error` the message raised for a series whose timestamps run backwards.
#
# ```python
# def integrate_over_hours(series):
#     """Time integral of a pandas Series with a DatetimeIndex, in value-hours.
#
#     Uses the trapezoidal rule on the actual timestamps (gaps and uneven
#     spacing allowed), with time measured in hours. A series of fewer than
#     two samples gives 0.0. Returns a float. Raises
#     ValueError("timestamps must be in increasing order") when the index
#     is not monotonically increasing.
#     """
# ```'''
# prompt = """
# My meters log power readings as pandas Series with a DatetimeIndex, sometimes unevenly spaced. \
# I want `integrate_over_hours(series)`: the trapezoidal integral over the real timestamps, with \
# time in hours (so kW readings give kWh), 0.0 for fewer than two samples, returned as a float, \
# and `ValueError("timestamps must be in increasing order")` if the index isn't increasing. Apply \
# it to the `sensor_a` column of my daily frame `sensor` (into `sensor_a_hours`) and keep the \
# message for a series whose timestamps run backwards in `order_error`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['scipy.integrate', 'pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     # 2 kW for 3 hours at uneven spacing: 6 kWh
#     'np.isclose(integrate_over_hours(pd.Series([2.0, 2.0, 2.0], index=pd.to_datetime(["2024-01-01 00:00", "2024-01-01 00:30", "2024-01-01 03:00"]))), 6.0)',
#     # a ramp 0 -> 4 over 30 minutes then flat for 15 minutes: 1 + 1 = 2
#     'np.isclose(integrate_over_hours(pd.Series([0.0, 4.0, 4.0], index=pd.to_datetime(["2024-05-01 10:00", "2024-05-01 10:30", "2024-05-01 10:45"]))), 2.0)',
#     'integrate_over_hours(pd.Series([5.0], index=pd.to_datetime(["2024-01-01"]))) == 0.0',
#     'isinstance(sensor_a_hours, float)',
#     # daily samples: 24 hours per step
#     'np.isclose(sensor_a_hours, 24.0 * np.sum((sensor["sensor_a"].to_numpy()[1:] + sensor["sensor_a"].to_numpy()[:-1]) / 2), rtol=1e-9, atol=1e-9)',
#     'order_error == "timestamps must be in increasing order"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'quadrature', 'sampled-data', 'time-series', 'datetime', 'validation']
# edge_cases = true
# ///
import numpy as np
import pandas as pd
from scipy import integrate


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
    if len(series) < 2:
        return 0.0
    # elapsed time in hours from the first timestamp, whatever the index resolution
    hours = (series.index - series.index[0]) / pd.Timedelta(hours=1)
    return float(integrate.trapezoid(series.to_numpy(dtype=float), np.asarray(hours)))


sensor_a_hours = integrate_over_hours(sensor["sensor_a"])

try:
    integrate_over_hours(pd.Series([1.0, 2.0], index=pd.to_datetime(["2024-01-02", "2024-01-01"])))
except ValueError as error:
    order_error = str(error)
