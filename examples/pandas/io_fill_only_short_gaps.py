# /// example
# task = """
# Build the hourly series `flow` below and make `patched`: linearly interpolate gaps of at most 2 \
# consecutive missing values, and leave every value of a longer gap (3 or more in a row) missing; \
# values outside gaps are unchanged.
#
# ```text
# 0     1.0
# 1     NaN
# 2     3.0
# 3     NaN
# 4     NaN
# 5     6.0
# 6     NaN
# 7     NaN
# 8     NaN
# 9    10.0
# Name: flow, dtype: float64
# ```
#
# Wanted `patched`:
#
# ```text
# 0     1.0
# 1     2.0
# 2     3.0
# 3     4.0
# 4     5.0
# 5     6.0
# 6     NaN
# 7     NaN
# 8     NaN
# 9    10.0
# Name: flow, dtype: float64
# ```"""
# prompt = """
# My `flow` readings have holes. Short holes (1 or 2 missing in a row) I want linearly \
# interpolated, but a longer outage should stay completely NaN, not half-filled as \
# `interpolate(limit=2)` does. Result in `patched`:
#
# ```text
# 0     1.0
# 1     NaN
# 2     3.0
# 3     NaN
# 4     NaN
# 5     6.0
# 6     NaN
# 7     NaN
# 8     NaN
# 9    10.0
# Name: flow, dtype: float64
# ```
#
# Expected:
#
# ```text
# 0     1.0
# 1     2.0
# 2     3.0
# 3     4.0
# 4     5.0
# 5     6.0
# 6     NaN
# 7     NaN
# 8     NaN
# 9    10.0
# Name: flow, dtype: float64
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(patched.to_numpy(dtype=float), [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, np.nan, np.nan, np.nan, 10.0], equal_nan=True)',
#     'len(patched) == len(flow)',
# ]
# difficulty = 'advanced'
# tags = ['interpolation', 'missing-data', 'lags']
# ///
import numpy as np
import pandas as pd

flow = pd.Series([1.0, np.nan, 3.0, np.nan, np.nan, 6.0, np.nan, np.nan, np.nan, 10.0], name="flow")
missing = flow.isna()
# label each run of consecutive NaN and measure its length
run_id = missing.ne(missing.shift()).cumsum()
run_length = missing.groupby(run_id).transform("sum")
patched = flow.interpolate().mask(missing & (run_length > 2))
