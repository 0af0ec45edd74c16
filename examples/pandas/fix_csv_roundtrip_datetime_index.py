# /// example
# task = """
# This code should save the daily readings `sensor` (a DatetimeIndex named `date`) to CSV text, \
# read them back into `restored` with the same dates as index, and average them per week (weeks \
# ending on Sunday) in `weekly`, but it raises an error:
#
# ```python
# import io
#
# import pandas as pd
#
# buffer = io.StringIO()
# sensor.to_csv(buffer)
# buffer.seek(0)
# restored = pd.read_csv(buffer)
# weekly = restored.resample("W").mean()
# ```
#
# ```text
# TypeError: Only valid with DatetimeIndex, TimedeltaIndex or PeriodIndex, but got an instance of 'RangeIndex'
# ```
#
# Fix it."""
# prompt = """
# I write my sensor table `sensor` (indexed by date) to CSV and read it back as `restored`, then \
# compute weekly means (`weekly`, default weeks ending Sunday):
#
# ```python
# import io
#
# import pandas as pd
#
# buffer = io.StringIO()
# sensor.to_csv(buffer)
# buffer.seek(0)
# restored = pd.read_csv(buffer)
# weekly = restored.resample("W").mean()
# ```
#
# and the resample fails with
#
# ```text
# TypeError: Only valid with DatetimeIndex, TimedeltaIndex or PeriodIndex, but got an instance of 'RangeIndex'
# ```
#
# although `sensor` had dates as its index. What did the CSV lose?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'isinstance(restored.index, pd.DatetimeIndex)',
#     'list(restored.index) == list(sensor.index)',
#     'list(restored.columns) == list(sensor.columns)',
#     'np.allclose(restored.to_numpy(dtype=float), sensor.to_numpy(dtype=float), equal_nan=True)',
#     'np.allclose(weekly.to_numpy(dtype=float), sensor.resample("W").mean().to_numpy(dtype=float), equal_nan=True)',
#     'list(weekly.index) == list(sensor.resample("W").mean().index)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'file-io', 'datetime', 'resampling']
# edge_cases = true
# ///
import io

import pandas as pd

buffer = io.StringIO()
sensor.to_csv(buffer)
buffer.seek(0)
# CSV stores the index as a plain text column: make it the index again and parse it as dates
restored = pd.read_csv(buffer, index_col="date", parse_dates=True)
weekly = restored.resample("W").mean()
