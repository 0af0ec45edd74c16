# /// example
# task = """
# Build the table `readings` below and fill each missing `level` with the last known level of the \
# same `device`; a device's leading missing values stay NaN (never take a value from another \
# device).
#
# ```text
#   device  level
# 0      a    1.5
# 1      b    NaN
# 2      a    NaN
# 3      b    4.0
# 4      a    NaN
# 5      b    NaN
# ```
#
# Wanted `readings`:
#
# ```text
#   device  level
# 0      a    1.5
# 1      b    NaN
# 2      a    1.5
# 3      b    4.0
# 4      a    1.5
# 5      b    4.0
# ```"""
# prompt = """
# My `readings` table interleaves several devices, and some `level` values are missing. A plain \
# ffill copies device a's value into device b's rows. I need each gap filled from the same device \
# only, leaving NaN where a device has no earlier reading:
#
# ```text
#   device  level
# 0      a    1.5
# 1      b    NaN
# 2      a    NaN
# 3      b    4.0
# 4      a    NaN
# 5      b    NaN
# ```
#
# So this should come out as:
#
# ```text
#   device  level
# 0      a    1.5
# 1      b    NaN
# 2      a    1.5
# 3      b    4.0
# 4      a    1.5
# 5      b    4.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(readings["level"].to_numpy(dtype=float), [1.5, np.nan, 1.5, 4.0, 1.5, 4.0], equal_nan=True)',
#     'readings["device"].tolist() == ["a", "b", "a", "b", "a", "b"]',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'imputation', 'missing-data']
# ///
import numpy as np
import pandas as pd

readings = pd.DataFrame(
    {
        "device": ["a", "b", "a", "b", "a", "b"],
        "level": [1.5, np.nan, np.nan, 4.0, np.nan, np.nan],
    }
)
# groupby(...).ffill() carries values forward inside each device only
readings["level"] = readings.groupby("device")["level"].ffill()
