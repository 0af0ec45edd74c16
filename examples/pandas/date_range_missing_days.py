# /// example
# task = """
# `logged` is `sensor` with every seventh day dropped (`sensor.drop(sensor.index[3::7])`). Build \
# the expected daily calendar with `pd.date_range` from the first to the last logged day and find \
# the dates that are absent from `logged` with `Index.difference`; store them in `missing_days`."""
# prompt = """
# `logged` is my `sensor` table with every seventh day removed: `logged = \
# sensor.drop(sensor.index[3::7])`. Build the expected daily calendar from the first to the last \
# logged day and find which dates are absent from `logged`, as a DatetimeIndex in `missing_days`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'set(missing_days) == {d for d in sensor.index[3::7] if logged.index.min() < d < logged.index.max()}',
#     'len(missing_days) + len(logged) == (logged.index.max() - logged.index.min()).days + 1',
#     'not missing_days.isin(logged.index).any()',
#     'missing_days.isin(sensor.index).all()',
# ]
# difficulty = 'basic'
# tags = ['datetime', 'missing-data', 'time-series']
# edge_cases = true
# ///
import pandas as pd

logged = sensor.drop(sensor.index[3::7])
# the calendar runs from the first to the last logged day, so gaps at either end are not counted
expected = pd.date_range(logged.index.min(), logged.index.max(), freq="D")
missing_days = expected.difference(logged.index)
