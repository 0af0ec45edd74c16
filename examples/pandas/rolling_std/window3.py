# /// example
# task = """
# Track the volatility of `sensor_a` in `sensor` as its rolling standard deviation over a 3-day \
# window, reporting only full windows (`min_periods=3`); store the Series in `volatility`."""
# prompt = """
# Track the short-term volatility of `sensor_a` in `sensor` as its rolling (sample) standard \
# deviation over a 3-day window, reporting only full windows (min_periods=3), and store the \
# Series in `volatility`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'volatility.isna().sum() == min(2, len(sensor))',
#     # rolling().std() updates running sums as the window slides, so its rounding error
#     # scales with the largest reading seen, not with the window's own spread
#     'len(sensor) < 3 or np.isclose(volatility.iloc[-1], sensor["sensor_a"].iloc[-3:].std(), atol=1e-6 * sensor["sensor_a"].abs().max())',
#     '(volatility.dropna() >= 0).all()',
#     'volatility.index.equals(sensor.index)',
# ]
# difficulty = 'basic'
# tags = ['rolling-window', 'parameter-choice']
# family = 'pandas.rolling_std'
# edge_cases = true
# ///
# min_periods equals the window (the default for a fixed window): the first two days are NaN
volatility = sensor["sensor_a"].rolling(window=3, min_periods=3).std()
