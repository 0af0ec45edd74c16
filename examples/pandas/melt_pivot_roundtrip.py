# /// example
# task = """
# Convert the wide table `sensor` (DatetimeIndex named `date`, one column per channel) to a long \
# table `long_readings` with columns `date`, `channel` and `reading`, then rebuild the wide \
# layout from it with `DataFrame.pivot` into `wide`."""
# prompt = """
# `sensor` is a wide table with a DatetimeIndex named `date` and one column per channel. Convert \
# it to a long table `long_readings` with columns `date`, `channel` and `reading`, then rebuild \
# the wide layout from the long table by pivoting into `wide`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'len(long_readings) == sensor.size',
#     'set(long_readings.columns) == {"date", "channel", "reading"}',
#     'wide.index.equals(sensor.index)',
#     'np.allclose(wide[sensor.columns].to_numpy(), sensor.to_numpy())',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping']
# edge_cases = true
# ///
# reset_index turns the DatetimeIndex into a date column that melt can keep as the identifier
long_readings = sensor.reset_index().melt(id_vars="date", var_name="channel", value_name="reading")
wide = long_readings.pivot(index="date", columns="channel", values="reading")
