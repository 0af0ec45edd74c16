local = events["timestamp"].dt.tz_localize("UTC").dt.tz_convert("Europe/Berlin")
per_local_day = local.groupby(local.dt.normalize()).size()
