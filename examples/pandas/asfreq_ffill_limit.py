# /// example
# task = """
# `sensor` was logged only every third day in `sparse` (`sensor.iloc[::3]`). Restore a daily \
# index with `asfreq("D")` and forward-fill each gap by at most one day (`ffill(limit=1)`); store \
# the result in `daily`."""
# prompt = """
# My `sensor` DataFrame has a daily DatetimeIndex, but suppose it had only been logged every \
# third day: take `sparse = sensor.iloc[::3]`. Put it back on a regular daily index from the \
# first to the last logged day and forward-fill each gap by at most one day, so the second \
# missing day of each gap stays NaN; store the result in `daily`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'daily.index.equals(pd.date_range(sparse.index[0], sparse.index[-1], freq="D"))',
#     'daily["sensor_a"].isna().sum() == len(sparse) - 1',
#     'np.allclose(daily["sensor_a"].iloc[1::3], sparse["sensor_a"].iloc[:-1])',
#     'np.allclose(daily["sensor_a"].iloc[::3], sparse["sensor_a"])',
# ]
# difficulty = 'intermediate'
# tags = ['index-alignment', 'resampling', 'missing-data', 'imputation', 'time-series']
# edge_cases = true
# ///
sparse = sensor.iloc[::3]
# asfreq inserts the two skipped days of each gap as NaN rows; limit=1 fills only the first
daily = sparse.asfreq("D").ffill(limit=1)
