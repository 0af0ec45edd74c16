sparse = sensor.iloc[::3]
# resample(...).asfreq() is the resampler's form of asfreq: one row per day, new days empty
daily = sparse.resample("D").asfreq().ffill(limit=1)
