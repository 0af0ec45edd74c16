# /// example
# task = """
# The `timestamp` column of the event log `events` holds UTC times without a time zone. This code \
# should give `local`, the same instants as time-zone-aware Europe/Berlin times, and \
# `per_local_day`, the number of events per Berlin calendar date (sorted by date), but it raises:
#
# ```python
# utc = events["timestamp"].dt.tz_localize("UTC")
# local = utc.dt.tz_localize("Europe/Berlin")
# per_local_day = local.dt.date.value_counts().sort_index()
# ```
#
# ```text
# TypeError: Already tz-aware, use tz_convert to convert.
# ```
#
# Fix it."""
# prompt = """
# My `events` log stores `timestamp` in UTC but without a zone attached. I want the Berlin local \
# times as an aware Series `local` and the count of events per Berlin calendar day in \
# `per_local_day` (sorted by day):
#
# ```python
# utc = events["timestamp"].dt.tz_localize("UTC")
# local = utc.dt.tz_localize("Europe/Berlin")
# per_local_day = local.dt.date.value_counts().sort_index()
# ```
#
# and I get
#
# ```text
# TypeError: Already tz-aware, use tz_convert to convert.
# ```
#
# What should I do instead?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'str(local.dt.tz) == "Europe/Berlin" and len(local) == len(events)',
#     '(local.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy() == events["timestamp"].to_numpy()).all()',
#     '{str(day)[:10]: count for day, count in per_local_day.items()} == pd.Series([str(stamp.tz_localize("UTC").tz_convert("Europe/Berlin").date()) for stamp in events["timestamp"]]).value_counts().to_dict()',
#     '[str(day)[:10] for day in per_local_day.index] == sorted(str(day)[:10] for day in per_local_day.index)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'datetime', 'time-series', 'counting']
# edge_cases = true
# ///
utc = events["timestamp"].dt.tz_localize("UTC")
# the times already carry a zone after the first step: converting to another zone is
# tz_convert (tz_localize only attaches a zone to naive times)
local = utc.dt.tz_convert("Europe/Berlin")
per_local_day = local.dt.date.value_counts().sort_index()
