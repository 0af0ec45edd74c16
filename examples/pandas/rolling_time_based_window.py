# /// example
# task = """
# Simulate missing days by dropping every fourth row of `sensor` into `irregular`, then compute a \
# time-based rolling mean of `sensor_b` over the past 7 calendar days with `rolling("7D")` (the \
# window spans 7 days, not 7 rows); store it in `weekly_mean`."""
# prompt = """
# Simulate missing days by dropping every fourth row of `sensor` (positions 0, 4, 8, ...) into \
# `irregular`, then compute a rolling mean of `sensor_b` over the past 7 calendar days, a \
# time-based "7D" window rather than 7 rows, and store it in `weekly_mean`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'len(irregular) == len(sensor) - len(sensor.index[::4])',
#     'weekly_mean.index.equals(irregular.index)',
#     'weekly_mean.notna().all()',
#     'irregular.empty or np.isclose(weekly_mean.iloc[-1], irregular["sensor_b"][irregular.index > irregular.index[-1] - pd.Timedelta(days=7)].mean())',
# ]
# difficulty = 'advanced'
# tags = ['rolling-window', 'time-series']
# edge_cases = true
# ///
irregular = sensor.drop(sensor.index[::4])
# "7D" covers the 7 days ending at each row, however many rows remain there after the drops
weekly_mean = irregular["sensor_b"].rolling("7D").mean()
