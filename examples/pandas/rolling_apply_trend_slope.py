# /// example
# task = """
# Estimate the local trend of `sensor_a` in `sensor` as the least-squares slope (units per day) \
# over a rolling 14-day window: `rolling(14).apply(..., raw=True)` with a NumPy function that \
# fits a line with `np.polyfit`; store the Series in `trend`."""
# prompt = """
# Estimate the local trend of `sensor_a` in `sensor` as the least-squares slope in units per day \
# over a rolling 14-reading window (full windows only): apply a NumPy function on the raw window \
# arrays that fits a line with np.polyfit against 0, 1, ..., 13. Store the Series in `trend`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'trend.index.equals(sensor.index)',
#     'trend.isna().sum() == min(13, len(sensor))',
#     'len(sensor) < 14 or np.isclose(trend.iloc[-1], np.polyfit(np.arange(14), sensor["sensor_a"].iloc[-14:], 1)[0])',
# ]
# difficulty = 'advanced'
# tags = ['rolling-window', 'trend', 'time-series']
# edge_cases = true
# ///
import numpy as np


def slope(window: np.ndarray) -> float:
    return np.polyfit(np.arange(window.size), window, deg=1)[0]


# raw=True passes plain ndarrays, which is much faster than Series windows
trend = sensor["sensor_a"].rolling(14).apply(slope, raw=True)
