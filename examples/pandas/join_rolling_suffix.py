# /// example
# task = """
# Compute 7-day rolling means of every channel of `sensor` and `join` them to the raw readings as \
# extra columns named with the suffix `_7d` (`add_suffix`); store the result in `with_smooth`."""
# prompt = """
# Compute 7-day rolling means (7-row windows, full windows only) of every channel of `sensor` and \
# join them onto the raw readings as extra columns named with the suffix "_7d" (e.g. \
# `sensor_a_7d`), after the original columns; store the result in `with_smooth`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'list(with_smooth.columns) == list(sensor.columns) + [f"{c}_7d" for c in sensor.columns]',
#     'with_smooth["sensor_a_7d"].isna().sum() == min(6, len(sensor))',
#     'len(sensor) < 7 or np.isclose(with_smooth["sensor_b_7d"].iloc[-1], sensor["sensor_b"].iloc[-7:].mean())',
# ]
# difficulty = 'basic'
# tags = ['merging', 'rolling-window']
# edge_cases = true
# ///
weekly = sensor.rolling(7).mean()
# join aligns on the date index; without add_suffix the overlapping column names would raise
with_smooth = sensor.join(weekly.add_suffix("_7d"))
