# /// example
# task = '''
# Write a function `expand_spans` with the signature and docstring below and apply it to the
# bookings table `bookings` built in the code as shown, storing the result in `nights` (2024 is
# a leap year: the first stay includes 2024-02-29).
#
# ```python
# def expand_spans(df, start_col, end_col):
#     """One row per calendar day of each [start, end] span (both ends included).
#
#     Each row of df becomes end - start + 1 rows that repeat its other columns
#     and carry the day in a new datetime column "day"; the start and end
#     columns are dropped. Rows stay in df's order, days in increasing order,
#     and the index is 0..n-1. A row whose end is before its start raises
#     ValueError.
#     """
#
# bookings = pd.DataFrame({
#     "room": ["101", "102", "101"],
#     "check_in": pd.to_datetime(["2024-02-27", "2024-02-28", "2024-03-02"]),
#     "last_night": pd.to_datetime(["2024-03-01", "2024-02-28", "2024-03-03"]),
# })
# ```'''
# prompt = """
# I have date spans and need one row per day: please write `expand_spans(df, start_col, \
# end_col)` that turns each row into one row per calendar day from start to end inclusive, in a \
# new datetime column `day`, repeating the other columns, dropping the start/end columns, keeping \
# row order with days ascending and a fresh 0..n-1 index, and raising ValueError if an end comes \
# before its start. Then expand this `bookings` table (`check_in` to `last_night`) into `nights` \
# (mind the leap day 2024-02-29):
#
# ```python
# bookings = pd.DataFrame({
#     "room": ["101", "102", "101"],
#     "check_in": pd.to_datetime(["2024-02-27", "2024-02-28", "2024-03-02"]),
#     "last_night": pd.to_datetime(["2024-03-01", "2024-02-28", "2024-03-03"]),
# })
# ```"""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # 2024 is a leap year: the first stay covers Feb 27, 28, 29 and Mar 1
#     'nights["room"].tolist() == ["101"] * 4 + ["102"] + ["101"] * 2 and [str(day.date()) for day in nights["day"]] == ["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-02-28", "2024-03-02", "2024-03-03"]',
#     'list(nights.columns) == ["room", "day"] and nights.index.tolist() == list(range(7))',
#     'expand_spans(pd.DataFrame({"id": [5, 6], "a": pd.to_datetime(["2023-12-31", "2024-01-10"]), "b": pd.to_datetime(["2024-01-01", "2024-01-10"]), "w": [1.5, 2.5]}), "a", "b")[["id", "w"]].to_numpy().tolist() == [[5, 1.5], [5, 1.5], [6, 2.5]]',
#     '[str(day.date()) for day in expand_spans(pd.DataFrame({"id": [5, 6], "a": pd.to_datetime(["2023-12-31", "2024-01-10"]), "b": pd.to_datetime(["2024-01-01", "2024-01-10"])}, index=[40, 30]), "a", "b")["day"]] == ["2023-12-31", "2024-01-01", "2024-01-10"]',
#     'expand_spans(pd.DataFrame({"k": ["z"], "s": pd.to_datetime(["2024-03-10"]), "e": pd.to_datetime(["2024-03-10"])}, index=[9]), "s", "e").to_dict("list") == {"k": ["z"], "day": [pd.Timestamp("2024-03-10")]}',
#     '__import__("unittest").TestCase().assertRaises(ValueError, expand_spans, pd.DataFrame({"a": pd.to_datetime(["2024-01-05"]), "b": pd.to_datetime(["2024-01-04"])}), "a", "b") is None',
#     # one reversed row among valid ones is enough to raise
#     '__import__("unittest").TestCase().assertRaises(ValueError, expand_spans, pd.DataFrame({"a": pd.to_datetime(["2024-01-01", "2024-01-05"]), "b": pd.to_datetime(["2024-01-02", "2024-01-04"])}), "a", "b") is None',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'datetime', 'nested-data', 'reshaping', 'validation']
# ///
import pandas as pd


def expand_spans(df, start_col, end_col):
    """One row per calendar day of each [start, end] span (both ends included).

    Each row of df becomes end - start + 1 rows that repeat its other columns
    and carry the day in a new datetime column "day"; the start and end
    columns are dropped. Rows stay in df's order, days in increasing order,
    and the index is 0..n-1. A row whose end is before its start raises
    ValueError.
    """
    if (df[end_col] < df[start_col]).any():
        raise ValueError(f"{end_col} is before {start_col} in some rows")
    days = [
        pd.date_range(start, end, freq="D")
        for start, end in zip(df[start_col], df[end_col], strict=True)
    ]
    # each cell holds a list of days; explode gives every day its own row
    expanded = df.drop(columns=[start_col, end_col]).assign(day=days).explode("day")
    return expanded.astype({"day": "datetime64[ns]"}).reset_index(drop=True)


bookings = pd.DataFrame(
    {
        "room": ["101", "102", "101"],
        "check_in": pd.to_datetime(["2024-02-27", "2024-02-28", "2024-03-02"]),
        "last_night": pd.to_datetime(["2024-03-01", "2024-02-28", "2024-03-03"]),
    }
)
nights = expand_spans(bookings, "check_in", "last_night")
