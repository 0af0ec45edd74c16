import numpy as np
import pandas as pd


def office_hours_share(timestamps, start="09:00", end="17:00"):
    """Share of `timestamps` whose time of day lies between `start` and `end`."""
    stamps = pd.Series(pd.to_datetime(timestamps)).dropna()
    if stamps.empty:
        return np.nan
    time_of_day = stamps - stamps.dt.normalize()
    low, high = pd.to_timedelta(start + ":00"), pd.to_timedelta(end + ":00")
    return float(time_of_day.between(low, high).mean())


office_share = office_hours_share(events["timestamp"])
