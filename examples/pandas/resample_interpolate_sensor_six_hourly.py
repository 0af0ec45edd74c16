# /// example
# task = """
# The daily readings of `sensor` (a DatetimeIndex with one row per day) are needed on a 6-hour \
# grid. Upsample the frame to every 6 hours and fill the new rows by linear interpolation in \
# time between the neighbouring days; store the result in `sensor_6h`."""
# prompt = """
# My `sensor` frame has one reading per day per channel, but the model I feed wants a value every \
# 6 hours. Could you upsample it to a 6-hourly index, filling the in-between times by straight \
# lines between the daily readings? Keep the result in `sensor_6h`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'len(sensor_6h) == 4 * (len(sensor) - 1) + 1 and list(sensor_6h.columns) == list(sensor.columns)',
#     'np.allclose(sensor_6h.loc[sensor.index].to_numpy(dtype=float), sensor.to_numpy(dtype=float))',
#     # every 6-hourly value lies on the straight line between the two surrounding days
#     'np.allclose(sensor_6h.to_numpy(dtype=float), np.column_stack([np.interp((sensor_6h.index - sensor.index[0]) / pd.Timedelta("1h"), (sensor.index - sensor.index[0]) / pd.Timedelta("1h"), sensor[column].to_numpy(dtype=float)) for column in sensor.columns]))',
# ]
# difficulty = 'intermediate'
# tags = ['resampling', 'interpolation', 'time-series']
# edge_cases = true
# ///
# upsampling leaves NaN at the new 6-hourly stamps; interpolate draws lines between the days
sensor_6h = sensor.resample("6h").interpolate()
