# /// example
# task = """
# The event log `events` is sorted by `timestamp`. This loop counts, for each event, the events \
# up to and including it (in row order) that happened less than 10 minutes before it, into the \
# integer array `recent`:
#
# ```python
# import numpy as np
# import pandas as pd
#
# stamps = events["timestamp"].tolist()
# window = pd.Timedelta(minutes=10)
# recent = np.zeros(len(stamps), dtype=int)
# for i, stamp in enumerate(stamps):
#     j = i
#     while j >= 0 and stamp - stamps[j] < window:
#         j -= 1
#     recent[i] = i - j
# ```
#
# Busy periods make it quadratic. Compute the same `recent` with a vectorised time-based window."""
# prompt = """
# To spot traffic bursts in my time-sorted `events` log I count, for every event, how many events \
# (itself and earlier rows) fall in the trailing 10 minutes, i.e. less than 10 minutes before it. \
# The result is an integer array `recent`:
#
# ```python
# import numpy as np
# import pandas as pd
#
# stamps = events["timestamp"].tolist()
# window = pd.Timedelta(minutes=10)
# recent = np.zeros(len(stamps), dtype=int)
# for i, stamp in enumerate(stamps):
#     j = i
#     while j >= 0 and stamp - stamps[j] < window:
#         j -= 1
#     recent[i] = i - j
# ```
#
# During peaks this takes ages. Can pandas do the window for me?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { events = 'events' }
# checks = [
#     'len(recent) == len(events)',
#     '(lambda stamps: np.array_equal(np.asarray(recent), [int(np.sum(stamps[: i + 1] > stamp - np.timedelta64(10, "m"))) for i, stamp in enumerate(stamps)]))(events["timestamp"].to_numpy())',
# ]
# difficulty = 'advanced'
# tags = ['vectorization', 'rolling-window', 'time-series', 'counting']
# edge_cases = true
# ///
import pandas as pd

# a "10min" window on a DatetimeIndex covers (t - 10 min, t], the current row included
ones = pd.Series(1.0, index=pd.DatetimeIndex(events["timestamp"]))
recent = ones.rolling("10min").sum().to_numpy(dtype=int)
