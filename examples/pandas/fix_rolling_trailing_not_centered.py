# /// example
# task = """
# `smooth_a` should be the 7-day centred moving average of `sensor_a` in `sensor` (each day \
# averaged with the 3 days before and the 3 days after; NaN where the window is incomplete). \
# This code runs, but the smoothed curve lags the data by 3 days:
#
# ```python
# smooth_a = sensor["sensor_a"].rolling(7).mean()
# ```
#
# Fix it."""
# prompt = """
# I smooth `sensor_a` of my `sensor` frame with a 7-day moving average that should be centred on \
# each day (3 days either side, NaN where the full window isn't available), stored in \
# `smooth_a`. With
#
# ```python
# smooth_a = sensor["sensor_a"].rolling(7).mean()
# ```
#
# peaks in the smoothed series show up 3 days after the peaks in the data. What's wrong?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'len(smooth_a) == len(sensor)',
#     'len(sensor) < 7 or np.allclose(np.asarray(smooth_a, dtype=float)[3:-3], np.convolve(sensor["sensor_a"].to_numpy(dtype=float), np.ones(7) / 7, mode="valid"))',
#     'np.isnan(np.asarray(smooth_a, dtype=float)[:3]).all() and np.isnan(np.asarray(smooth_a, dtype=float)[-3:]).all()',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'rolling-window', 'smoothing']
# edge_cases = true
# ///
# rolling labels each window by its last day; center=True labels it by its middle day
smooth_a = sensor["sensor_a"].rolling(7, center=True).mean()
