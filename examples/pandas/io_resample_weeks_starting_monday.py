# /// example
# task = """
# Build the daily series `orders` below and total it per week in `weekly`: weeks run Monday to \
# Sunday and each week is labelled by its Monday; a week with no orders has 0.
#
# ```text
# 2024-05-06    3
# 2024-05-10    4
# 2024-05-12    1
# 2024-05-27    6
# 2024-05-29    2
# Name: orders, dtype: int64
# ```
#
# Wanted `weekly`:
#
# ```text
# 2024-05-06    8
# 2024-05-13    0
# 2024-05-20    0
# 2024-05-27    8
# Freq: W-MON, Name: orders, dtype: int64
# ```"""
# prompt = """
# I want weekly totals of my daily `orders`, where a week is Monday-Sunday and the label is the \
# Monday the week starts (pandas' "W" gives me Sundays). Empty weeks should show 0. Put it in \
# `weekly`:
#
# ```text
# 2024-05-06    3
# 2024-05-10    4
# 2024-05-12    1
# 2024-05-27    6
# 2024-05-29    2
# Name: orders, dtype: int64
# ```
#
# Expected:
#
# ```text
# 2024-05-06    8
# 2024-05-13    0
# 2024-05-20    0
# 2024-05-27    8
# Freq: W-MON, Name: orders, dtype: int64
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(weekly.index.strftime("%Y-%m-%d")) == ["2024-05-06", "2024-05-13", "2024-05-20", "2024-05-27"]',
#     'weekly.tolist() == [8, 0, 0, 8]',
# ]
# difficulty = 'advanced'
# tags = ['resampling', 'time-series', 'aggregation']
# ///
import pandas as pd

orders = pd.Series(
    [3, 4, 1, 6, 2],
    index=pd.to_datetime(["2024-05-06", "2024-05-10", "2024-05-12", "2024-05-27", "2024-05-29"]),
    name="orders",
)
# "W-MON" weeks closed and labelled on the left edge start on Monday and carry its date
weekly = orders.resample("W-MON", closed="left", label="left").sum()
