# /// example
# task = """
# Build the daily table `days` below and add `streak`: the running total of `rain_mm` over the \
# current run of rainy days, which resets to 0 on a day with no rain and starts again after it.
#
# ```text
#    day  rain_mm
# 0    1      2.0
# 1    2      3.5
# 2    3      0.0
# 3    4      1.0
# 4    5      4.0
# 5    6      0.5
# 6    7      0.0
# ```
#
# Wanted `days`:
#
# ```text
#    day  rain_mm  streak
# 0    1      2.0     2.0
# 1    2      3.5     5.5
# 2    3      0.0     0.0
# 3    4      1.0     1.0
# 4    5      4.0     5.0
# 5    6      0.5     5.5
# 6    7      0.0     0.0
# ```"""
# prompt = """
# In `days` I want a running rain total that restarts every time there is a dry day (0 mm), i.e. \
# the accumulated rain of the current wet spell, in a column `streak`:
#
# ```text
#    day  rain_mm
# 0    1      2.0
# 1    2      3.5
# 2    3      0.0
# 3    4      1.0
# 4    5      4.0
# 5    6      0.5
# 6    7      0.0
# ```
#
# Expected:
#
# ```text
#    day  rain_mm  streak
# 0    1      2.0     2.0
# 1    2      3.5     5.5
# 2    3      0.0     0.0
# 3    4      1.0     1.0
# 4    5      4.0     5.0
# 5    6      0.5     5.5
# 6    7      0.0     0.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(days["streak"].to_numpy(dtype=float), [2.0, 5.5, 0.0, 1.0, 5.0, 5.5, 0.0])',
#     'np.allclose(days["rain_mm"].to_numpy(dtype=float), [2.0, 3.5, 0.0, 1.0, 4.0, 0.5, 0.0])',
# ]
# difficulty = 'advanced'
# tags = ['groupby', 'lags', 'time-series']
# ///
import pandas as pd

days = pd.DataFrame({"day": [1, 2, 3, 4, 5, 6, 7], "rain_mm": [2.0, 3.5, 0.0, 1.0, 4.0, 0.5, 0.0]})
# every dry day opens a new group, so the cumulative sum restarts there
spell = days["rain_mm"].eq(0).cumsum()
days["streak"] = days.groupby(spell)["rain_mm"].cumsum()
