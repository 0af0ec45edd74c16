# /// example
# task = """
# The event log `events` (time-sorted `timestamp`, `user`, `event`) should have an event every \
# few minutes, but logging stopped now and then. Find every gap of more than 2 hours between \
# consecutive events: store them in `gaps`, a DataFrame with one row per gap and columns `start` \
# (timestamp of the event before the gap), `end` (the event after it) and `duration` (a \
# Timedelta), in time order with a fresh 0..n-1 index."""
# prompt = """
# My event log `events` has a sorted `timestamp` column (plus `user` and `event`), and there \
# should be activity every few minutes, but logging stopped a few times. Can you list every gap \
# longer than 2 hours between consecutive events in a DataFrame `gaps` with columns `start` (the \
# last event before the gap), `end` (the first event after it) and `duration` as a Timedelta, \
# in time order and with a plain 0..n-1 index?"""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     "list(gaps.columns) == ['start', 'end', 'duration']",
#     'gaps.index.equals(pd.RangeIndex(len(gaps)))',
#     # consecutive timestamps more than two hours apart, from plain NumPy
#     "(lambda t: np.array_equal(gaps['start'].to_numpy(dtype='datetime64[ns]'), t[:-1][np.diff(t) > np.timedelta64(2, 'h')]) and np.array_equal(gaps['end'].to_numpy(dtype='datetime64[ns]'), t[1:][np.diff(t) > np.timedelta64(2, 'h')]))(events['timestamp'].to_numpy(dtype='datetime64[ns]'))",
#     "bool((gaps['duration'] == gaps['end'] - gaps['start']).all()) and bool((gaps['duration'] > pd.Timedelta(hours=2)).all())",
# ]
# difficulty = 'basic'
# tags = ['time-series', 'datetime', 'lags', 'row-selection']
# edge_cases = true
# ///
import pandas as pd

timestamps = events["timestamp"].reset_index(drop=True)
# diff() gives the time since the previous event; the first event has none (NaT)
since_previous = timestamps.diff()
after_gap = since_previous > pd.Timedelta(hours=2)

gaps = pd.DataFrame(
    {
        "start": timestamps.shift()[after_gap],
        "end": timestamps[after_gap],
        "duration": since_previous[after_gap],
    }
).reset_index(drop=True)
