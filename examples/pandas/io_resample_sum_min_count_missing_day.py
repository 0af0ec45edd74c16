# /// example
# task = """
# Build the rain gauge Series `rain` below (NaN = the reading failed) and total it per calendar \
# day into `daily`; a day whose readings all failed must come out as NaN, not 0, while a day that \
# measured 0.0 mm stays 0.
#
# ```text
# 2024-04-01 06:00:00    2.0
# 2024-04-01 18:00:00    NaN
# 2024-04-02 06:00:00    0.0
# 2024-04-03 06:00:00    NaN
# 2024-04-03 18:00:00    NaN
# 2024-04-04 06:00:00    1.5
# ```
#
# Wanted `daily`:
#
# ```text
# 2024-04-01    2.0
# 2024-04-02    0.0
# 2024-04-03    NaN
# 2024-04-04    1.5
# ```"""
# prompt = """
# My gauge `rain` logs mm twice a day, NaN when it failed. Daily totals (`daily`) should be NaN \
# for a day with no valid reading at all, but a real 0.0 must stay 0:
#
# ```text
# 2024-04-01 06:00:00    2.0
# 2024-04-01 18:00:00    NaN
# 2024-04-02 06:00:00    0.0
# 2024-04-03 06:00:00    NaN
# 2024-04-03 18:00:00    NaN
# 2024-04-04 06:00:00    1.5
# ```
#
# Expected:
#
# ```text
# 2024-04-01    2.0
# 2024-04-02    0.0
# 2024-04-03    NaN
# 2024-04-04    1.5
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = {}
# checks = [
#     # 2024-04-03 has only failed readings: a plain sum would report 0.0
#     'np.allclose(np.asarray(daily, dtype=float), [2.0, 0.0, np.nan, 1.5], equal_nan=True)',
#     '[str(day.date()) for day in daily.index] == ["2024-04-01", "2024-04-02", "2024-04-03", "2024-04-04"]',
# ]
# difficulty = 'basic'
# tags = ['resampling', 'missing-data', 'aggregation']
# ///
import numpy as np
import pandas as pd

rain = pd.Series(
    [2.0, np.nan, 0.0, np.nan, np.nan, 1.5],
    index=pd.to_datetime(
        [
            "2024-04-01 06:00",
            "2024-04-01 18:00",
            "2024-04-02 06:00",
            "2024-04-03 06:00",
            "2024-04-03 18:00",
            "2024-04-04 06:00",
        ]
    ),
    name="mm",
)
# min_count=1: a day needs at least one reading, otherwise its total is NaN rather than 0
daily = rain.resample("D").sum(min_count=1)
