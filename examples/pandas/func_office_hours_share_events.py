# /// example
# task = '''
# Write a function `office_hours_share` with the signature and docstring below, then store in \
# `office_share` the share of the `timestamp`s of the event log `events` that fall between \
# 09:00 and 17:00.
#
# ```python
# def office_hours_share(timestamps, start="09:00", end="17:00"):
#     """Share of `timestamps` whose time of day lies between `start` and `end`.
#
#     `timestamps` is a Series or array of datetimes; both bounds are
#     inclusive "HH:MM" times (17:00:00 counts, 17:00:01 does not). Missing
#     timestamps are ignored. Returns NaN when no timestamp is left.
#     """
# ```'''
# prompt = """
# How much of our app traffic happens during office hours? Write \
# `office_hours_share(timestamps, start="09:00", end="17:00")` returning the fraction of the \
# datetimes whose time of day is within [start, end] (17:00:00 is in, 17:00:01 is out), skipping \
# missing values and returning NaN if nothing is left. Then compute it for the `timestamp` column \
# of my `events` log as `office_share`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { events = 'events' }
# checks = [
#     'office_hours_share(pd.to_datetime(["2024-01-01 08:59:59", "2024-01-01 09:00:00", "2024-01-01 17:00:00", "2024-01-01 17:00:01"])) == 0.5',
#     'office_hours_share(pd.Series(pd.to_datetime(["2024-01-02 23:30", "2024-01-03 12:00", None])), start="22:00", end="23:59") == 0.5',
#     'np.isnan(office_hours_share(pd.Series([], dtype="datetime64[ns]")))',
#     'np.isclose(office_share, np.mean([pd.Timedelta(hours=9) <= stamp - stamp.normalize() <= pd.Timedelta(hours=17) for stamp in events["timestamp"]]))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'datetime', 'time-series', 'missing-data']
# edge_cases = true
# ///
import pandas as pd


def office_hours_share(timestamps, start="09:00", end="17:00"):
    """Share of `timestamps` whose time of day lies between `start` and `end`.

    `timestamps` is a Series or array of datetimes; both bounds are
    inclusive "HH:MM" times (17:00:00 counts, 17:00:01 does not). Missing
    timestamps are ignored. Returns NaN when no timestamp is left.
    """
    stamps = pd.DatetimeIndex(timestamps).dropna()
    if len(stamps) == 0:
        return float("nan")
    # between_time selects rows by time of day on a DatetimeIndex, both ends included by default
    inside = pd.Series(1, index=stamps).between_time(start, end)
    return len(inside) / len(stamps)


office_share = office_hours_share(events["timestamp"])
