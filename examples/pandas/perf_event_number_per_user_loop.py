# /// example
# task = """
# This loop numbers the events of each `user` in the time-sorted log `events` as 1, 2, 3, ... in \
# row order, storing the numbers in the integer array `event_no`:
#
# ```python
# import numpy as np
#
# seen = {}
# event_no = np.empty(len(events), dtype=int)
# for i, user in enumerate(events["user"]):
#     seen[user] = seen.get(user, 0) + 1
#     event_no[i] = seen[user]
# ```
#
# Compute the same `event_no` without a Python loop."""
# prompt = """
# I number each `user`'s events in my `events` log (sorted by time) 1, 2, 3, ... in row order, \
# into `event_no`, with this loop:
#
# ```python
# import numpy as np
#
# seen = {}
# event_no = np.empty(len(events), dtype=int)
# for i, user in enumerate(events["user"]):
#     seen[user] = seen.get(user, 0) + 1
#     event_no[i] = seen[user]
# ```
#
# What is the vectorised pandas way?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'len(event_no) == len(events) and (np.asarray(event_no) >= 1).all()',
#     'all(list(np.asarray(event_no)[(events["user"] == user).to_numpy(dtype=bool)]) == list(range(1, int((events["user"] == user).sum()) + 1)) for user in events["user"].unique())',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'groupby', 'counting']
# edge_cases = true
# ///
# cumcount numbers the rows of each group 0, 1, 2, ... in their original order
event_no = (events.groupby("user").cumcount() + 1).to_numpy()
