# /// example
# task = """
# Build the daily series below as `visits` (a DatetimeIndex, name `visits`) and fill the missing \
# calendar days with 0 visits, giving `complete` with one entry per day from the first to the last date.
#
# ```text
# 2024-05-01    3
# 2024-05-02    5
# 2024-05-05    2
# Name: visits, dtype: int64
# ```
#
# Wanted `complete`:
#
# ```text
# 2024-05-01    3
# 2024-05-02    5
# 2024-05-03    0
# 2024-05-04    0
# 2024-05-05    2
# Freq: D, Name: visits, dtype: int64
# ```"""
# prompt = """
# My web log `visits` skips days with no traffic, and I want a `complete` series with every day:
#
# ```text
# 2024-05-01    3
# 2024-05-02    5
# 2024-05-05    2
# Name: visits, dtype: int64
# ```
#
# I want every day present, with 0 on the missing ones, in `complete`:
#
# ```text
# 2024-05-01    3
# 2024-05-02    5
# 2024-05-03    0
# 2024-05-04    0
# 2024-05-05    2
# Freq: D, Name: visits, dtype: int64
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'complete.tolist() == [3, 5, 0, 0, 2]',
#     'list(complete.index) == list(pd.date_range("2024-05-01", "2024-05-05", freq="D"))',
#     'pd.api.types.is_integer_dtype(complete)',
#     'complete.name == "visits"',
# ]
# difficulty = 'basic'
# tags = ['datetime', 'index-alignment', 'time-series']
# ///
import pandas as pd

visits = pd.Series(
    [3, 5, 2],
    index=pd.to_datetime(["2024-05-01", "2024-05-02", "2024-05-05"]),
    name="visits",
)
# fill_value=0 keeps the integer dtype instead of inserting NaN for the new days
complete = visits.asfreq("D", fill_value=0)
