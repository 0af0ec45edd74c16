# /// example
# task = """
# The event log `events` is sorted by `timestamp`. This loop stores in the float array \
# `gap_seconds`, for every event, the seconds since the same `user`'s previous event (NaN for a \
# user's first event), in row order:
#
# ```python
# import numpy as np
#
# last_seen = {}
# gap_seconds = np.full(len(events), np.nan)
# for i, (user, stamp) in enumerate(zip(events["user"], events["timestamp"])):
#     if user in last_seen:
#         gap_seconds[i] = (stamp - last_seen[user]).total_seconds()
#     last_seen[user] = stamp
# ```
#
# Compute the same `gap_seconds` without a Python loop over the events."""
# prompt = """
# For each row of my click log `events` (sorted by `timestamp`) I want the seconds since that \
# `user`'s previous event, NaN for their first one, as an array `gap_seconds` in row order. I \
# loop over the rows:
#
# ```python
# import numpy as np
#
# last_seen = {}
# gap_seconds = np.full(len(events), np.nan)
# for i, (user, stamp) in enumerate(zip(events["user"], events["timestamp"])):
#     if user in last_seen:
#         gap_seconds[i] = (stamp - last_seen[user]).total_seconds()
#     last_seen[user] = stamp
# ```
#
# which is far too slow on a day of traffic. How do I vectorise it?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'len(gap_seconds) == len(events)',
#     'all(np.isnan(np.asarray(gap_seconds, dtype=float)[(events["user"] == user).to_numpy(dtype=bool)][0]) for user in events["user"].unique())',
#     'all(np.allclose(np.asarray(gap_seconds, dtype=float)[(events["user"] == user).to_numpy(dtype=bool)][1:], np.diff(events.loc[events["user"] == user, "timestamp"].to_numpy()) / np.timedelta64(1, "s")) for user in events["user"].unique())',
# ]
# difficulty = 'advanced'
# tags = ['vectorization', 'groupby', 'datetime', 'lags']
# edge_cases = true
# ///
# diff within each user's rows subtracts the previous event of that user; the first one is NaT
gap_seconds = events.groupby("user")["timestamp"].diff().dt.total_seconds().to_numpy()
