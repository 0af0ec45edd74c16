# /// example
# task = """
# Count the events of each `user` in the event log `events` per clock hour of `timestamp`, \
# grouping by user and resampling each user's events to hourly bins (hours with no events inside \
# a user's active span count 0). Store the Series in `hourly`, indexed by (user, hour start)."""
# prompt = """
# For activity charts I need, per `user` in my `events` log, the number of events in each hour \
# (bins starting on the full hour), with zero-count hours filled in between a user's first and \
# last hour. Please give me a Series `hourly` indexed by user and hour."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'hourly.sum() == len(events) and (hourly >= 0).all()',
#     'hourly[hourly > 0].sort_index().to_dict() == events.groupby(["user", events["timestamp"].dt.floor("h")]).size().sort_index().to_dict()',
#     # every user gets one row per hour from their first to their last hour
#     'all(hourly.xs(user, level=0).size == int((events.loc[events["user"] == user, "timestamp"].max().floor("h") - events.loc[events["user"] == user, "timestamp"].min().floor("h")) / pd.Timedelta("1h")) + 1 for user in events["user"].unique())',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'resampling', 'counting', 'time-series']
# edge_cases = true
# ///
# resample needs the timestamps as the index; grouping first resamples each user separately
hourly = events.set_index("timestamp").groupby("user")["event"].resample("h").count()
