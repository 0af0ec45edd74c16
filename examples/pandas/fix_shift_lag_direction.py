# /// example
# task = """
# This code should add to the daily readings `sensor` a column `sensor_a_prev`: the `sensor_a` \
# reading of the day before (NaN on the first day), as a lag feature:
#
# ```python
# sensor["sensor_a_prev"] = sensor["sensor_a"].shift(-1)
# ```
#
# It runs, but the new column holds the next day's reading, and the last day is the one left \
# empty. Fix it."""
# prompt = """
# I'm building a lag feature from my daily `sensor` table: a column `sensor_a_prev` with \
# yesterday's `sensor_a` value on each row (missing on the first day). I wrote
#
# ```python
# sensor["sensor_a_prev"] = sensor["sensor_a"].shift(-1)
# ```
#
# but when I compare rows, the new column shows tomorrow's value instead, and the missing value \
# sits on the last day. What did I get backwards?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'len(sensor["sensor_a_prev"]) == len(sensor) and bool(np.isnan(sensor["sensor_a_prev"].iloc[0]))',
#     'np.array_equal(sensor["sensor_a_prev"].to_numpy()[1:], sensor["sensor_a"].to_numpy()[:-1], equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'lags', 'time-series', 'feature-engineering']
# edge_cases = true
# ///
# shift(1) moves values down one row, so each day sees the day before; shift(-1) looks ahead
sensor["sensor_a_prev"] = sensor["sensor_a"].shift(1)
