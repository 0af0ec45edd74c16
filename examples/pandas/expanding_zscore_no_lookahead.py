# /// example
# task = """
# Score each day of `sensor_c` in `sensor` (daily DatetimeIndex) against its own history only: \
# z = (value - mean of all earlier days) / (sample standard deviation of all earlier days), \
# using expanding statistics shifted by one day so a day never sees itself or the future. Days \
# with fewer than 5 earlier values, or whose earlier values are all equal (no spread), get NaN. \
# Store the Series in `z_c`."""
# prompt = """
# I want an anomaly score for `sensor_c` in my `sensor` frame that uses only the past: each \
# day's value minus the mean of all previous days, divided by their standard deviation (ddof 1), \
# NaN until at least 5 earlier days exist, and NaN while all earlier days have the same value. \
# No look-ahead. Store it as `z_c`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'z_c.index.equals(sensor.index) and np.isnan(np.asarray(z_c, dtype=float)[:5]).all()',
#     # day i is scored against days 0..i-1 only
#     '(lambda x, z: all((np.isnan(z[i]) and np.ptp(x[:i]) == 0) or np.isclose(z[i], (x[i] - x[:i].mean()) / np.std(x[:i], ddof=1)) for i in range(5, len(x))))(sensor["sensor_c"].to_numpy(dtype=float), np.asarray(z_c, dtype=float))',
# ]
# difficulty = 'intermediate'
# tags = ['rolling-window', 'outliers', 'time-series', 'lags']
# edge_cases = true
# ///
history = sensor["sensor_c"].expanding(min_periods=5)
# shift(1) moves each day's statistics to the next day, so day t only uses days before t
past_mean = history.mean().shift(1)
past_std = history.std().shift(1)
# a history of identical values has no spread (its computed std can be a rounding crumb)
no_spread = history.max().shift(1) == history.min().shift(1)
z_c = ((sensor["sensor_c"] - past_mean) / past_std).mask(no_spread)
