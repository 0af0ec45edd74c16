# /// example
# task = """
# The event log `events`, sorted by time, has a `timestamp` and a `user` per event. A user's new \
# session starts when more than 30 minutes passed since that user's previous event. This code \
# should count the sessions of each user in `sessions_per_user` (a Series indexed by user):
#
# ```python
# import pandas as pd
#
# new_session = events["timestamp"].diff() > pd.Timedelta(minutes=30)
# sessions_per_user = new_session.groupby(events["user"]).sum() + 1
# ```
#
# It runs, but most users get far too few sessions. Fix it."""
# prompt = """
# I'm counting sessions per user in my clickstream `events` (columns `timestamp`, `user`, \
# `event`, sorted by time): a session ends after more than 30 minutes without an event from that \
# user. The counts in `sessions_per_user` are far too low for most users. Code:
#
# ```python
# import pandas as pd
#
# new_session = events["timestamp"].diff() > pd.Timedelta(minutes=30)
# sessions_per_user = new_session.groupby(events["user"]).sum() + 1
# ```
#
# What's wrong?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'len(sessions_per_user) == events["user"].nunique()',
#     # per user: 1 + the number of gaps longer than 30 minutes between consecutive events
#     'all(sessions_per_user[user] == 1 + (np.diff(np.sort(events.loc[events["user"] == user, "timestamp"].to_numpy())) > np.timedelta64(30, "m")).sum() for user in events["user"].dropna().unique())',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'groupby', 'lags', 'time-series']
# edge_cases = true
# ///
import pandas as pd

# diff within each user: a plain diff measures the gap to the previous event of anyone
gaps = events.groupby("user")["timestamp"].diff()
new_session = gaps > pd.Timedelta(minutes=30)
sessions_per_user = new_session.groupby(events["user"]).sum() + 1
