# /// example
# task = """
# Cross-tabulate `user` against `event` in the event log `events` as row proportions \
# (`normalize="index"`) into `event_mix`, so that each user's event-type shares sum to 1."""
# prompt = """
# Cross-tabulate `user` against `event` type in my event log `events` as row proportions, so that \
# each user's shares of view, click and purchase events add up to 1, and store the table in \
# `event_mix`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'np.allclose(event_mix.sum(axis=1), 1)',
#     'len(event_mix) == events["user"].nunique()',
#     'all(np.isclose(event_mix.loc[u, e], ((events["user"] == u) & (events["event"] == e)).sum() / (events["user"] == u).sum()) for u in event_mix.index for e in event_mix.columns)',
# ]
# difficulty = 'basic'
# tags = ['contingency-table', 'counting']
# edge_cases = true
# ///
import pandas as pd

# "index" divides each row by its own total; normalize=True would divide by the grand total
event_mix = pd.crosstab(events["user"], events["event"], normalize="index")
