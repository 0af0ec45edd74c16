# /// example
# task = """
# `users_per_event` should give, for each `event` type of the log `events`, the number of \
# distinct `user`s who had at least one event of that type. This code runs, but the numbers are \
# far too large:
#
# ```python
# users_per_event = events.groupby("event", observed=True)["user"].count()
# ```
#
# Fix it."""
# prompt = """
# How many different users viewed, clicked and purchased? I computed `users_per_event` from my \
# `events` log with
#
# ```python
# users_per_event = events.groupby("event", observed=True)["user"].count()
# ```
#
# but it reports more users than we have. What's wrong?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'all(users_per_event.get(kind, 0) == events.loc[events["event"] == kind, "user"].dropna().unique().size for kind in ["view", "click", "purchase"])',
#     'all(users_per_event.get(kind, 0) <= events["user"].dropna().unique().size for kind in ["view", "click", "purchase"])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'groupby', 'counting']
# edge_cases = true
# ///
# count() counts every event row; nunique() counts each user once per event type
users_per_event = events.groupby("event", observed=True)["user"].nunique()
