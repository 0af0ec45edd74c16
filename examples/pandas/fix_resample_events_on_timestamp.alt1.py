hourly = events.set_index("timestamp").sort_index().resample("h").size()
