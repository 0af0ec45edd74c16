# /// example
# task = """
# Build the call counts below as the Series `calls` (DatetimeIndex) and keep in `night` the rows \
# of the night shift, 22:00 to 06:00 (both ends included), a window that wraps past midnight.
#
# ```text
# 2024-05-01 21:30:00    3
# 2024-05-01 22:00:00    5
# 2024-05-02 02:15:00    2
# 2024-05-02 06:00:00    4
# 2024-05-02 06:30:00    7
# 2024-05-02 13:00:00    1
# Name: calls, dtype: int64
# ```
#
# Wanted `night`:
#
# ```text
# 2024-05-01 22:00:00    5
# 2024-05-02 02:15:00    2
# 2024-05-02 06:00:00    4
# Name: calls, dtype: int64
# ```"""
# prompt = """
# I need the call volumes of our night shift, 22:00 until 06:00 the next morning inclusive, from \
# the Series `calls`:
#
# ```text
# 2024-05-01 21:30:00    3
# 2024-05-01 22:00:00    5
# 2024-05-02 02:15:00    2
# 2024-05-02 06:00:00    4
# 2024-05-02 06:30:00    7
# 2024-05-02 13:00:00    1
# Name: calls, dtype: int64
# ```
#
# Filtering on the hour with `>=` and `<=` gives nothing since the window crosses midnight. I \
# want `night`:
#
# ```text
# 2024-05-01 22:00:00    5
# 2024-05-02 02:15:00    2
# 2024-05-02 06:00:00    4
# Name: calls, dtype: int64
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(night.index) == [pd.Timestamp("2024-05-01 22:00"), pd.Timestamp("2024-05-02 02:15"), pd.Timestamp("2024-05-02 06:00")]',
#     'night.tolist() == [5, 2, 4]',
# ]
# difficulty = 'intermediate'
# tags = ['time-series', 'row-selection', 'datetime']
# ///
import pandas as pd

calls = pd.Series(
    [3, 5, 2, 4, 7, 1],
    index=pd.to_datetime(
        [
            "2024-05-01 21:30",
            "2024-05-01 22:00",
            "2024-05-02 02:15",
            "2024-05-02 06:00",
            "2024-05-02 06:30",
            "2024-05-02 13:00",
        ]
    ),
    name="calls",
)
# with a start time later than the end time, between_time selects the span across midnight
night = calls.between_time("22:00", "06:00")
