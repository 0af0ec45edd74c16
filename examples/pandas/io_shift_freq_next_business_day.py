# /// example
# task = """
# Closing prices in the Series `closing` below are published on the next business day (Monday to \
# Friday). Build it and move every value to its publication date by shifting the dates, not the \
# values, by one business day; store the result in `reported`.
#
# ```text
# 2024-03-06    101.2
# 2024-03-07    102.5
# 2024-03-08    100.9
# 2024-03-11    103.1
# ```
#
# Wanted `reported`:
#
# ```text
# 2024-03-07    101.2
# 2024-03-08    102.5
# 2024-03-11    100.9
# 2024-03-12    103.1
# ```"""
# prompt = """
# My `closing` prices only get published the next business day (Mon-Fri), so Friday's close \
# appears on Monday. How do I re-date the series by one business day, as `reported`?
#
# ```text
# 2024-03-06    101.2
# 2024-03-07    102.5
# 2024-03-08    100.9
# 2024-03-11    103.1
# ```
#
# Expected:
#
# ```text
# 2024-03-07    101.2
# 2024-03-08    102.5
# 2024-03-11    100.9
# 2024-03-12    103.1
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # Friday 2024-03-08 moves to Monday 2024-03-11, not to Saturday
#     '[str(day.date()) for day in reported.index] == ["2024-03-07", "2024-03-08", "2024-03-11", "2024-03-12"]',
#     'np.allclose(np.asarray(reported, dtype=float), [101.2, 102.5, 100.9, 103.1])',
# ]
# difficulty = 'basic'
# tags = ['datetime', 'lags', 'time-series']
# ///
import pandas as pd

closing = pd.Series(
    [101.2, 102.5, 100.9, 103.1],
    index=pd.to_datetime(["2024-03-06", "2024-03-07", "2024-03-08", "2024-03-11"]),
    name="close",
)
# freq="B" moves each date to the next business day: Friday's value lands on Monday
reported = closing.shift(1, freq="B")
