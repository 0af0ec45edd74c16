# /// example
# task = """
# In the daily table `sensor` (DatetimeIndex; columns `sensor_a`, `sensor_b`, `sensor_c`, with \
# gaps), find the day on which `sensor_a` was highest (the first such day on ties) into \
# `peak_day` and read the single value of `sensor_b` on that day with `DataFrame.at` into \
# `b_on_peak`. If `sensor_a` has no reading at all, set `peak_day` to `None` and `b_on_peak` to \
# NaN."""
# prompt = """
# For my `sensor` log (one row per day, columns `sensor_a`, `sensor_b`, `sensor_c`, some \
# missing), I need the day `sensor_a` peaked as `peak_day` (earliest if tied) and what \
# `sensor_b` read on that day as `b_on_peak`, looked up as one cell. When `sensor_a` is \
# completely empty, `peak_day` should be `None` and `b_on_peak` NaN."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     '(peak_day is None) == bool(sensor["sensor_a"].isna().all())',
#     'peak_day is None or peak_day == sensor.index[int(np.nanargmax(sensor["sensor_a"].to_numpy(dtype=float)))]',
#     '(np.isnan(b_on_peak) if peak_day is None else (np.isnan(b_on_peak) if np.isnan(sensor["sensor_b"].to_numpy(dtype=float)[int(np.nanargmax(sensor["sensor_a"].to_numpy(dtype=float)))]) else np.isclose(b_on_peak, sensor["sensor_b"].to_numpy(dtype=float)[int(np.nanargmax(sensor["sensor_a"].to_numpy(dtype=float)))])))',
# ]
# difficulty = 'basic'
# tags = ['indexing', 'missing-data']
# edge_cases = true
# ///
import numpy as np

if sensor["sensor_a"].notna().any():
    peak_day = sensor["sensor_a"].idxmax()
    # .at reads one cell by row and column label
    b_on_peak = sensor.at[peak_day, "sensor_b"]
else:
    peak_day = None
    b_on_peak = np.nan
