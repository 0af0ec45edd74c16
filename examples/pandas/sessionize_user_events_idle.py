# /// example
# task = """
# Split the event log `events` (time-sorted `timestamp`, `user`, `event`) into sessions per user: \
# a user's new session starts at their first event and whenever more than 30 minutes passed since \
# that user's previous event. Add a column `session` to a copy `sessions` of `events` (same rows, \
# same index) numbering each user's sessions 1, 2, ... in time order, and store in \
# `sessions_per_user` a Series indexed by user with the number of sessions of each user."""
# prompt = """
# I want to sessionise my clickstream `events` (columns `timestamp`, sorted, `user` and `event`). \
# For each user a session begins with their first event, and a new one begins after more than 30 \
# minutes of inactivity by that user. Please return a copy `sessions` of `events` with the same \
# rows and index plus a `session` column numbering each user's sessions 1, 2, 3, ... in time \
# order, and a Series `sessions_per_user` (indexed by user) with how many sessions each user had."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'sessions.index.equals(events.index)',
#     "sessions[list(events.columns)].equals(events)",
#     # a plain loop over the rows: the session number per row, then the last one per user
#     "(lambda expected: list(sessions['session'].astype('int64')) == expected[0] and dict(sessions_per_user.astype('int64')) == expected[1])((lambda rows: (lambda last, num, out: ([(num.__setitem__(u, num.get(u, 0) + (u not in last or t - last[u] > pd.Timedelta(minutes=30))), last.__setitem__(u, t), out.append(num[u])) for t, u in rows] and out, num))({}, {}, []))(list(zip(events['timestamp'], events['user']))))",
#     'events.equals(input_as_given("events"))',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'lags', 'time-series', 'datetime']
# edge_cases = true
# ///
import pandas as pd

sessions = events.copy()
idle = sessions.groupby("user")["timestamp"].diff()
# a user's first event has no previous one (NaT), and NaT > 30 min is False, so mark it explicitly
new_session = idle.isna() | (idle > pd.Timedelta(minutes=30))
sessions["session"] = new_session.astype("int64").groupby(sessions["user"]).cumsum()
sessions_per_user = sessions.groupby("user")["session"].max()
