# /// example
# task = """
# Compute the share of each `event` type in the event log `events` with \
# `value_counts(normalize=True)`; store the Series (largest share first) in `event_share`."""
# prompt = """
# What share of the events in my log `events` is of each `event` type (view, click, purchase)? \
# Store the fractions (summing to 1, largest share first) as a Series in `event_share`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'np.isclose(event_share.sum(), 1)',
#     'all(np.isclose(event_share[e], (events["event"] == e).mean()) for e in event_share.index)',
#     'event_share.is_monotonic_decreasing',
# ]
# difficulty = 'basic'
# tags = ['counting']
# edge_cases = true
# ///
# normalize=True divides the counts by their total; the result is sorted, largest first
event_share = events["event"].value_counts(normalize=True)
