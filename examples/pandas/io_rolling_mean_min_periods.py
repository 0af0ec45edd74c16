# /// example
# task = """
# Build the series below as `temp` (one reading is missing) and compute `smoothed`: the mean of \
# the current and two previous readings, giving a value whenever at least 2 of those 3 readings \
# are present.
#
# ```text
# 0     4.0
# 1     6.0
# 2     NaN
# 3    10.0
# 4    12.0
# Name: temp, dtype: float64
# ```
#
# Wanted `smoothed`:
#
# ```text
# 0     NaN
# 1     5.0
# 2     5.0
# 3     8.0
# 4    11.0
# Name: temp, dtype: float64
# ```"""
# prompt = """
# I want a 3-reading moving average `smoothed` of my `temp` series that doesn't turn into NaN just \
# because one reading is missing; 2 valid readings in the window are enough:
#
# ```text
# 0     4.0
# 1     6.0
# 2     NaN
# 3    10.0
# 4    12.0
# Name: temp, dtype: float64
# ```
#
# Expected:
#
# ```text
# 0     NaN
# 1     5.0
# 2     5.0
# 3     8.0
# 4    11.0
# Name: temp, dtype: float64
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(smoothed.to_numpy(dtype=float), [np.nan, 5.0, 5.0, 8.0, 11.0], equal_nan=True)',
#     'list(smoothed.index) == [0, 1, 2, 3, 4]',
#     'np.allclose(temp.to_numpy(dtype=float), [4.0, 6.0, np.nan, 10.0, 12.0], equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['rolling-window', 'missing-data']
# ///
import numpy as np
import pandas as pd

temp = pd.Series([4.0, 6.0, np.nan, 10.0, 12.0], name="temp")
# min_periods=2: a window needs only two non-missing readings to give a mean
smoothed = temp.rolling(window=3, min_periods=2).mean()
