# /// example
# task = """
# Build the daily Series `level` below and fill its gaps by linear interpolation, but only gaps \
# that have a valid reading on both sides: missing values before the first or after the last \
# reading stay NaN. Store the result in `filled`.
#
# ```text
# 2024-02-01    NaN
# 2024-02-02    3.0
# 2024-02-03    NaN
# 2024-02-04    NaN
# 2024-02-05    4.5
# 2024-02-06    5.0
# 2024-02-07    NaN
# ```
#
# Wanted `filled`:
#
# ```text
# 2024-02-01    NaN
# 2024-02-02    3.0
# 2024-02-03    3.5
# 2024-02-04    4.0
# 2024-02-05    4.5
# 2024-02-06    5.0
# 2024-02-07    NaN
# ```"""
# prompt = """
# My daily `level` readings have gaps. I want linear interpolation for the gaps between two \
# readings, but no extrapolation: the missing first and last days must stay NaN, as `filled`:
#
# ```text
# 2024-02-01    NaN
# 2024-02-02    3.0
# 2024-02-03    NaN
# 2024-02-04    NaN
# 2024-02-05    4.5
# 2024-02-06    5.0
# 2024-02-07    NaN
# ```
#
# Expected:
#
# ```text
# 2024-02-01    NaN
# 2024-02-02    3.0
# 2024-02-03    3.5
# 2024-02-04    4.0
# 2024-02-05    4.5
# 2024-02-06    5.0
# 2024-02-07    NaN
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = {}
# checks = [
#     # plain interpolate would also copy 5.0 into the last day
#     'np.allclose(np.asarray(filled, dtype=float), [np.nan, 3.0, 3.5, 4.0, 4.5, 5.0, np.nan], equal_nan=True)',
#     'filled.index.equals(pd.date_range("2024-02-01", periods=7, freq="D"))',
# ]
# difficulty = 'basic'
# tags = ['interpolation', 'missing-data', 'time-series']
# ///
import numpy as np
import pandas as pd

level = pd.Series(
    [np.nan, 3.0, np.nan, np.nan, 4.5, 5.0, np.nan],
    index=pd.date_range("2024-02-01", periods=7, freq="D"),
    name="level",
)
# limit_area="inside" fills only gaps with valid values on both sides; the ends stay NaN
filled = level.interpolate(limit_area="inside")
