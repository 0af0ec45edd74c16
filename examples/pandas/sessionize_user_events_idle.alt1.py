import pandas as pd

sessions = events.copy()
gap = sessions["timestamp"] - sessions.groupby("user")["timestamp"].shift(1)
starts = gap.isna() | gap.gt(pd.Timedelta("30min"))
sessions["session"] = starts.groupby(sessions["user"]).cumsum().astype("int64")
sessions_per_user = starts.groupby(sessions["user"]).sum().astype("int64")
