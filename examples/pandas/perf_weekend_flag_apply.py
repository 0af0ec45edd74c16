# /// example
# task = """
# This code flags the events of `events` that happened on a Saturday or Sunday by calling a \
# Python function on every `timestamp`, storing a boolean Series `is_weekend` aligned with \
# `events`:
#
# ```python
# is_weekend = events["timestamp"].apply(lambda stamp: stamp.weekday() >= 5)
# ```
#
# Compute the same `is_weekend` with the datetime accessor instead of `apply`."""
# prompt = """
# I mark weekend events in my log `events` with
#
# ```python
# is_weekend = events["timestamp"].apply(lambda stamp: stamp.weekday() >= 5)
# ```
#
# which calls Python once per row. How do I get the same boolean Series `is_weekend` \
# (Saturday or Sunday) vectorised?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'is_weekend.index.equals(events.index)',
#     'list(np.asarray(is_weekend, dtype=bool)) == [stamp.strftime("%A") in ("Saturday", "Sunday") for stamp in events["timestamp"]]',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'datetime']
# edge_cases = true
# ///
# day_of_week counts Monday as 0, so Saturday and Sunday are 5 and 6
is_weekend = events["timestamp"].dt.day_of_week >= 5
