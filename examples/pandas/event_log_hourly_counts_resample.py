# /// example
# task = """
# Count the events of the time-sorted event log `events` (`timestamp`, `user`, `event` with the \
# categories view/click/purchase) per clock hour with `resample`: store in `hourly` a DataFrame \
# indexed by the start of each hour, from the hour of the first event to the hour of the last \
# one with no hour skipped (hours without events count 0), with one int column per event type \
# (`view`, `click`, `purchase`, in that order) and a `total` column."""
# prompt = """
# I want an hourly activity table from my event log `events` (sorted `timestamp`, `user`, and \
# `event` which is view, click or purchase). Using resample, count events per clock hour into a \
# DataFrame `hourly` indexed by hour start, covering every hour from the first event's hour to \
# the last event's hour (quiet hours, including the long logging gaps, should show 0), with \
# integer columns `view`, `click` and `purchase` in that order plus a `total`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     "list(hourly.columns) == ['view', 'click', 'purchase', 'total']",
#     # every hour between the first and last event's hour, counted by flooring each timestamp
#     "(lambda t: list(hourly.index) == list(pd.date_range(t.min().floor('h'), t.max().floor('h'), freq='h')))(events['timestamp'])",
#     "all(np.array_equal(hourly[kind].to_numpy(dtype='int64'), [int(((events['timestamp'].dt.floor('h') == h) & (events['event'] == kind)).sum()) for h in hourly.index]) for kind in ('view', 'click', 'purchase'))",
#     "np.array_equal(hourly['total'].to_numpy(dtype='int64'), [int((events['timestamp'].dt.floor('h') == h).sum()) for h in hourly.index])",
#     "all(pd.api.types.is_integer_dtype(hourly[c]) for c in hourly.columns)",
# ]
# difficulty = 'intermediate'
# tags = ['resampling', 'time-series', 'counting', 'reshaping']
# edge_cases = true
# ///
import pandas as pd

# one indicator column per event type, so resampling can sum them per hour
indicators = pd.get_dummies(events["event"], dtype="int64")
indicators.index = pd.DatetimeIndex(events["timestamp"])
hourly = indicators.resample("h").sum()[["view", "click", "purchase"]]
hourly["total"] = hourly.sum(axis=1)
