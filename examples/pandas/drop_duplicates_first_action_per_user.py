# /// example
# task = """
# From the time-sorted event log `events` (columns `timestamp`, `user`, `event`), keep only \
# the first occurrence of each (`user`, `event`) combination, i.e. when each user first \
# viewed, clicked or purchased, into `first_actions` (all columns, original order and index)."""
# prompt = """
# I want to know when each user did each kind of action for the first time. From my \
# time-sorted `events` log (`timestamp`, `user`, `event`), keep just the first row of every \
# `user`/`event` pair as `first_actions`, all columns, in the original order with the original \
# index."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'list(first_actions.columns) == list(events.columns)',
#     # a dict built from the reversed (pair, position) list keeps each pair's first position
#     'list(first_actions.index) == [events.index[k] for k in sorted(dict(reversed([(pair, k) for k, pair in enumerate(zip(events["user"], events["event"].astype(str)))])).values())]',
#     'list(zip(first_actions["user"], first_actions["event"].astype(str))) == list(dict.fromkeys(zip(events["user"], events["event"].astype(str))))',
#     'first_actions["timestamp"].tolist() == [events["timestamp"].iloc[k] for k in sorted(dict(reversed([(pair, k) for k, pair in enumerate(zip(events["user"], events["event"].astype(str)))])).values())]',
# ]
# difficulty = 'basic'
# tags = ['data-cleaning', 'row-selection']
# edge_cases = true
# ///
# keep="first" (the default) keeps the earliest row of each pair in a time-sorted log
first_actions = events.drop_duplicates(subset=["user", "event"], keep="first")
