# /// example
# task = """
# The `timestamp` column of the event log `events` holds UTC times without a time zone. \
# `local_hour` should hold, for each event in row order, the hour of day (0-23) in Berlin \
# (`Europe/Berlin`, with summer time). This code raises an error:
#
# ```python
# local_hour = events["timestamp"].dt.tz_convert("Europe/Berlin").dt.hour
# ```
#
# ```text
# TypeError: Cannot convert tz-naive timestamps, use tz_localize to localize
# ```
#
# Fix it."""
# prompt = """
# Our event log `events` stores `timestamp` in UTC but with no time zone attached. For a report I \
# need the local Berlin hour of each event (`Europe/Berlin`, so summer time counts) as \
# `local_hour`. My line
#
# ```python
# local_hour = events["timestamp"].dt.tz_convert("Europe/Berlin").dt.hour
# ```
#
# fails with
#
# ```text
# TypeError: Cannot convert tz-naive timestamps, use tz_localize to localize
# ```"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'len(local_hour) == len(events)',
#     'list(np.asarray(local_hour, dtype=int)) == [pd.Timestamp(stamp, tz="UTC").tz_convert("Europe/Berlin").hour for stamp in events["timestamp"]]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'datetime']
# edge_cases = true
# ///
# naive times must first be declared UTC before they can be converted to another zone
local_hour = events["timestamp"].dt.tz_localize("UTC").dt.tz_convert("Europe/Berlin").dt.hour
