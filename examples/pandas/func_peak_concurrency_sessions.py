# /// example
# task = '''
# Write a function `peak_concurrency` with the signature and docstring below, then find the
# largest number of simultaneous calls in the call log `calls` built in the code as shown,
# storing it in `peak_calls`.
#
# ```python
# def peak_concurrency(starts, ends):
#     """The largest number of intervals [start, end) active at the same time.
#
#     starts and ends are equal-length Series of datetimes (row i is one
#     interval, in any order). An interval ending exactly when another starts
#     does not overlap it. Returns an int; 0 for no intervals. Raises
#     ValueError if some end is before its start.
#     """
#
# calls = pd.DataFrame({
#     "start": pd.to_datetime(["2024-02-01 09:00", "2024-02-01 09:05", "2024-02-01 09:20",
#                              "2024-02-01 09:30", "2024-02-01 09:10"]),
#     "end": pd.to_datetime(["2024-02-01 09:30", "2024-02-01 09:12", "2024-02-01 09:45",
#                            "2024-02-01 09:40", "2024-02-01 09:20"]),
# })
# ```'''
# prompt = """
# How many phone lines do we need? Please write `peak_concurrency(starts, ends)` returning the \
# maximum number of calls [start, end) in progress at once (a call ending at the moment another \
# starts doesn't count as overlapping; rows may be unsorted; 0 for an empty log; ValueError when \
# an end precedes its start). Then run it on this `calls` log into `peak_calls`:
#
# ```python
# calls = pd.DataFrame({
#     "start": pd.to_datetime(["2024-02-01 09:00", "2024-02-01 09:05", "2024-02-01 09:20",
#                              "2024-02-01 09:30", "2024-02-01 09:10"]),
#     "end": pd.to_datetime(["2024-02-01 09:30", "2024-02-01 09:12", "2024-02-01 09:45",
#                            "2024-02-01 09:40", "2024-02-01 09:20"]),
# })
# ```"""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # the peak is reached at some call's start: count the calls in progress at each start
#     'peak_calls == max(sum(bool(s <= t < e) for s, e in zip(calls["start"], calls["end"])) for t in calls["start"])',
#     'peak_concurrency(pd.Series(pd.to_datetime(["2024-01-01 10:00", "2024-01-01 11:00"])), pd.Series(pd.to_datetime(["2024-01-01 11:00", "2024-01-01 12:00"]))) == 1',
#     'peak_concurrency(pd.Series(pd.to_datetime(["2024-01-01 10:30", "2024-01-01 10:00", "2024-01-01 10:10"])), pd.Series(pd.to_datetime(["2024-01-01 11:00", "2024-01-01 12:00", "2024-01-01 10:20"]))) == 2',
#     'peak_concurrency(pd.Series([], dtype="datetime64[ns]"), pd.Series([], dtype="datetime64[ns]")) == 0',
#     '__import__("unittest").TestCase().assertRaises(ValueError, peak_concurrency, pd.Series(pd.to_datetime(["2024-01-01 10:00"])), pd.Series(pd.to_datetime(["2024-01-01 09:00"]))) is None',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'datetime', 'validation', 'sorting']
# ///
import pandas as pd


def peak_concurrency(starts, ends):
    """The largest number of intervals [start, end) active at the same time.

    starts and ends are equal-length Series of datetimes (row i is one
    interval, in any order). An interval ending exactly when another starts
    does not overlap it. Returns an int; 0 for no intervals. Raises
    ValueError if some end is before its start.
    """
    if (ends.to_numpy() < starts.to_numpy()).any():
        raise ValueError("an interval ends before it starts")
    # +1 when a call starts, -1 when it ends; at equal times the ends (-1) sort first
    changes = pd.DataFrame(
        {
            "time": pd.concat([starts, ends], ignore_index=True),
            "change": [1] * len(starts) + [-1] * len(ends),
        }
    ).sort_values(["time", "change"])
    return int(changes["change"].cumsum().max()) if len(changes) else 0


calls = pd.DataFrame(
    {
        "start": pd.to_datetime(
            [
                "2024-02-01 09:00",
                "2024-02-01 09:05",
                "2024-02-01 09:20",
                "2024-02-01 09:30",
                "2024-02-01 09:10",
            ]
        ),
        "end": pd.to_datetime(
            [
                "2024-02-01 09:30",
                "2024-02-01 09:12",
                "2024-02-01 09:45",
                "2024-02-01 09:40",
                "2024-02-01 09:20",
            ]
        ),
    }
)
peak_calls = peak_concurrency(calls["start"], calls["end"])
