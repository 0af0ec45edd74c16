# /// example
# task = '''
# Write a function `local_daily_counts` with the signature and docstring below, then count the
# events of the log `events` (naive UTC `timestamp` column) per calendar day in
# "America/New_York" and store the result in `ny_daily`.
#
# ```python
# def local_daily_counts(timestamps, tz):
#     """Count naive-UTC timestamps per local calendar day in time zone `tz`.
#
#     Returns an int64 Series indexed by a naive daily DatetimeIndex (local
#     midnights) running from the first to the last local day, with 0 for
#     days without events. Missing timestamps are ignored; no timestamps give
#     an empty Series.
#     """
# ```'''
# prompt = """
# Our event log stores naive timestamps in UTC, but the business reports by local calendar day. \
# Please write `local_daily_counts(timestamps, tz)` that takes a Series of naive UTC timestamps \
# and a time zone name and returns an int64 count per local day: a naive daily DatetimeIndex of \
# local midnights from the first to the last local day, with 0 on days without events, ignoring \
# missing timestamps and giving an empty Series when there are none. Then count my `events` log \
# (column `timestamp`) per day in "America/New_York" into `ny_daily`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { events = 'events' }
# checks = [
#     'local_daily_counts(pd.Series(pd.to_datetime(["2024-03-10 03:30", "2024-03-10 05:30", "2024-03-12 12:00"])), "America/New_York").equals(pd.Series([1, 1, 0, 1], index=pd.date_range("2024-03-09", periods=4, freq="D"), dtype="int64"))',
#     'local_daily_counts(pd.Series(pd.to_datetime(["2024-06-30 23:30", "2024-07-01 00:10", None])), "Asia/Tokyo").to_dict() == {pd.Timestamp("2024-07-01"): 2}',
#     'local_daily_counts(pd.Series(pd.to_datetime(["2024-01-01 12:00", "2024-01-01 13:00", "2024-01-04 09:00"])), "UTC").tolist() == [2, 0, 0, 1]',
#     'local_daily_counts(pd.Series(pd.to_datetime([])), "Europe/Paris").empty',
#     'ny_daily.dtype == np.int64 and ny_daily.index.tz is None and ny_daily.sum() == events["timestamp"].notna().sum() and (ny_daily.index == ny_daily.index.normalize()).all()',
#     'ny_daily.to_dict() == {day: int((events["timestamp"].dt.tz_localize("UTC").dt.tz_convert("America/New_York").dt.strftime("%Y-%m-%d") == day.strftime("%Y-%m-%d")).sum()) for day in pd.date_range(events["timestamp"].dt.tz_localize("UTC").dt.tz_convert("America/New_York").min().strftime("%Y-%m-%d"), events["timestamp"].dt.tz_localize("UTC").dt.tz_convert("America/New_York").max().strftime("%Y-%m-%d"), freq="D")}',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'datetime', 'time-series', 'counting']
# edge_cases = true
# ///
import pandas as pd


def local_daily_counts(timestamps, tz):
    """Count naive-UTC timestamps per local calendar day in time zone `tz`.

    Returns an int64 Series indexed by a naive daily DatetimeIndex (local
    midnights) running from the first to the last local day, with 0 for
    days without events. Missing timestamps are ignored; no timestamps give
    an empty Series.
    """
    stamps = pd.to_datetime(timestamps).dropna()
    # mark the naive values as UTC, convert, then drop the zone to get local wall-clock times
    local = stamps.dt.tz_localize("UTC").dt.tz_convert(tz).dt.tz_localize(None)
    counts = pd.Series(1, index=local.to_numpy()).resample("D").sum()
    return counts.astype("int64")


ny_daily = local_daily_counts(events["timestamp"], "America/New_York")
