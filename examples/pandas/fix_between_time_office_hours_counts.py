# /// example
# task = """
# `office_counts` should count, per `event` type, the events of `events` whose `timestamp` falls \
# between 09:00 and 17:00 (both included) on any day. This code raises an error:
#
# ```python
# office_counts = events.between_time("09:00", "17:00")["event"].value_counts()
# ```
#
# ```text
# TypeError: Index must be DatetimeIndex
# ```
#
# Fix it."""
# prompt = """
# How many views, clicks and purchases in my log `events` happened during office hours, \
# 09:00 to 17:00 inclusive, whatever the day? I need the counts per `event` in \
# `office_counts`, but
#
# ```python
# office_counts = events.between_time("09:00", "17:00")["event"].value_counts()
# ```
#
# raises
#
# ```text
# TypeError: Index must be DatetimeIndex
# ```"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'all(office_counts.get(kind, 0) == (events["timestamp"].dt.strftime("%H:%M:%S").between("09:00:00", "17:00:00") & (events["event"] == kind)).sum() for kind in ["view", "click", "purchase"])',
#     'sum(office_counts.get(kind, 0) for kind in ["view", "click", "purchase"]) == events["timestamp"].dt.strftime("%H:%M:%S").between("09:00:00", "17:00:00").sum()',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'datetime', 'row-selection', 'counting']
# edge_cases = true
# ///
# between_time works on the index, so the timestamps must become a DatetimeIndex first
office_counts = events.set_index("timestamp").between_time("09:00", "17:00")["event"].value_counts()
