# /// example
# task = """
# Keep only the events of the event log `events` whose `user` has at least 25 events, using \
# `groupby(...).filter`; store the remaining rows in `active_users`."""
# prompt = """
# Keep only the rows of my event log `events` whose `user` has at least 25 events, as a \
# group-wise filter that preserves the original rows and index, and store them in \
# `active_users`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'set(active_users["user"]) == {u for u, n in events["user"].value_counts().items() if n >= 25}',
#     'len(active_users) == sum(n for n in events["user"].value_counts() if n >= 25)',
#     'active_users.index.isin(events.index).all()',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'row-selection']
# edge_cases = true
# ///
# filter keeps or drops whole groups and returns their original rows, not one row per user
active_users = events.groupby("user").filter(lambda group: len(group) >= 25)
