import pandas as pd

utc_times = pd.to_datetime(events["timestamp"], utc=True)
local_hour = utc_times.dt.tz_convert("Europe/Berlin").dt.hour.to_numpy()
