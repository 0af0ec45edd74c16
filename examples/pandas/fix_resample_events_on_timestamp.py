# /// example
# task = """
# The event log `events` keeps its times in a `timestamp` column (the index is a plain row \
# number). This code should count the events in every hour from the first to the last, empty \
# hours included as 0, in `hourly` (a Series indexed by the start of each hour), but it raises an \
# error:
#
# ```python
# hourly = events.resample("h").size()
# ```
#
# ```text
# TypeError: Only valid with DatetimeIndex, TimedeltaIndex or PeriodIndex, but got an instance of 'RangeIndex'
# ```
#
# Fix it."""
# prompt = """
# I want the number of events per hour in my log `events` (times are in the `timestamp` column), \
# with hours that had no events showing 0, as `hourly`. This
#
# ```python
# hourly = events.resample("h").size()
# ```
#
# gives
#
# ```text
# TypeError: Only valid with DatetimeIndex, TimedeltaIndex or PeriodIndex, but got an instance of 'RangeIndex'
# ```
#
# How do I resample on the timestamp column?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'hourly.sum() == events["timestamp"].notna().sum()',
#     'list(hourly.index) == list(pd.date_range(events["timestamp"].min().floor("h"), events["timestamp"].max().floor("h"), freq="h"))',
#     'np.array_equal(hourly.to_numpy(), events["timestamp"].dt.floor("h").value_counts().reindex(hourly.index, fill_value=0).to_numpy())',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'resampling', 'time-series', 'counting']
# edge_cases = true
# ///
# resample needs a DatetimeIndex, or the datetime column named with `on=`
hourly = events.resample("h", on="timestamp").size()
