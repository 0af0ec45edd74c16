# /// example
# task = """
# Track the volatility of `sensor_a` in `sensor` as its rolling standard deviation over a 7-day \
# window, reporting only full windows (`min_periods=7`); store the Series in `volatility`."""
# prompt = """
# Compute a weekly volatility of `sensor_a` from `sensor`: the rolling standard deviation over \
# 7-day windows (pandas' default sample SD), only where the window is full (min_periods=7). Put \
# the Series in `volatility`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'volatility.isna().sum() == min(6, len(sensor))',
#     # rolling().std() updates running sums as the window slides, so its rounding error
#     # scales with the largest reading seen, not with the window's own spread
#     'len(sensor) < 7 or np.isclose(volatility.iloc[-1], sensor["sensor_a"].iloc[-7:].std(), atol=1e-6 * sensor["sensor_a"].abs().max())',
#     '(volatility.dropna() >= 0).all()',
#     'volatility.index.equals(sensor.index)',
# ]
# difficulty = 'basic'
# tags = ['rolling-window', 'parameter-choice']
# family = 'pandas.rolling_std'
# edge_cases = true
# ///
# min_periods equals the window (the default for a fixed window): the first six days are NaN
volatility = sensor["sensor_a"].rolling(window=7, min_periods=7).std()
