# /// example
# task = """
# Make `sensor` long in `long_readings` (columns `date`, `channel`, `reading`), then compute each \
# channel's weekly maximum with `groupby([pd.Grouper(key="date", freq="W"), "channel"])` and \
# unstack it into `weekly_max` (weeks as rows, channels as columns)."""
# prompt = """
# Melt `sensor` into long form `long_readings` with columns `date`, `channel` and `reading`, then \
# compute each channel's weekly maximum by grouping on weeks of `date` (weekly frequency "W", \
# weeks ending Sunday) and on channel, and unstack it into `weekly_max` with weeks as rows and \
# channels as columns."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'weekly_max.shape == (sensor.index.to_period("W").nunique(), sensor.shape[1])',
#     'np.allclose(weekly_max[sensor.columns].to_numpy(), sensor.resample("W").max().to_numpy())',
# ]
# difficulty = 'advanced'
# tags = ['groupby', 'time-series']
# edge_cases = true
# ///
import pandas as pd

long_readings = sensor.reset_index().melt(id_vars="date", var_name="channel", value_name="reading")
weekly_max = (
    # pd.Grouper bins the date column into weeks ending on Sunday, while "channel" groups as usual
    long_readings.groupby([pd.Grouper(key="date", freq="W"), "channel"])["reading"]
    .max()
    .unstack("channel")
)
