import pandas as pd


def local_daily_counts(timestamps, tz):
    """Count naive-UTC timestamps per local calendar day in time zone `tz`.

    Returns an int64 Series indexed by a naive daily DatetimeIndex (local
    midnights) running from the first to the last local day, with 0 for
    days without events. Missing timestamps are ignored; no timestamps give
    an empty Series.
    """
    utc = pd.DatetimeIndex(timestamps.dropna()).tz_localize("UTC")
    days = utc.tz_convert(tz).tz_localize(None).normalize()
    if days.empty:
        return pd.Series([], index=pd.DatetimeIndex([]), dtype="int64")
    counts = days.value_counts()
    calendar = pd.date_range(days.min(), days.max(), freq="D")
    return counts.reindex(calendar, fill_value=0).astype("int64").rename(None)


ny_daily = local_daily_counts(events["timestamp"], tz="America/New_York")
