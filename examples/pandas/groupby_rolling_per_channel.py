# /// example
# task = """
# Make `sensor` long in `long_readings` (columns `date`, `channel`, `reading`) and compute a \
# 7-day time-based rolling mean within each channel with `groupby("channel").rolling("7D", \
# on="date")`; store the resulting Series (indexed by channel and original row) in \
# `channel_rolling`."""
# prompt = """
# Reshape `sensor` into long form `long_readings` with columns `date`, `channel` and `reading`, \
# then compute a 7-day time-based rolling mean (window "7D" on the `date` column) within each \
# channel, grouping by channel. Store the resulting Series, indexed by channel and original row, \
# in `channel_rolling`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'len(channel_rolling) == sensor.size',
#     'np.allclose(channel_rolling.loc["sensor_b"].to_numpy(), sensor["sensor_b"].rolling("7D").mean().to_numpy())',
#     'channel_rolling.index.get_level_values(0).unique().tolist() == sorted(sensor.columns)',
# ]
# difficulty = 'advanced'
# tags = ['groupby', 'rolling-window', 'time-series']
# edge_cases = true
# ///
long_readings = sensor.reset_index().melt(id_vars="date", var_name="channel", value_name="reading")
# a "7D" window measures time, not rows; on="date" takes the times from a column, not the index
channel_rolling = long_readings.groupby("channel").rolling("7D", on="date")["reading"].mean()
