# /// example
# task = """
# Build the frames `primary` and `backup` below (both indexed by date) and make `filled`: the \
# primary values where present, the backup's value where the primary is NaN or has no row for that \
# date, over the union of both frames' dates in date order.
#
# ```text
# primary:
#             temp  humidity
# 2024-06-01  21.5       NaN
# 2024-06-02   NaN      55.0
# 2024-06-03  23.0      60.0
#
# backup:
#             temp  humidity
# 2024-06-01  21.0      48.0
# 2024-06-02  22.1      54.0
# 2024-06-04  24.2      62.0
# ```
#
# Wanted `filled`:
#
# ```text
#             temp  humidity
# 2024-06-01  21.5      48.0
# 2024-06-02  22.1      55.0
# 2024-06-03  23.0      60.0
# 2024-06-04  24.2      62.0
# ```"""
# prompt = """
# I have a `primary` weather sensor with gaps and a `backup` one. I want `filled`: take primary \
# where it has a value, otherwise the backup, and also keep dates only the backup has:
#
# ```text
# primary:
#             temp  humidity
# 2024-06-01  21.5       NaN
# 2024-06-02   NaN      55.0
# 2024-06-03  23.0      60.0
#
# backup:
#             temp  humidity
# 2024-06-01  21.0      48.0
# 2024-06-02  22.1      54.0
# 2024-06-04  24.2      62.0
# ```
#
# Result:
#
# ```text
#             temp  humidity
# 2024-06-01  21.5      48.0
# 2024-06-02  22.1      55.0
# 2024-06-03  23.0      60.0
# 2024-06-04  24.2      62.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(pd.to_datetime(filled.index).strftime("%Y-%m-%d")) == ["2024-06-01", "2024-06-02", "2024-06-03", "2024-06-04"]',
#     'np.allclose(filled["temp"].to_numpy(dtype=float), [21.5, 22.1, 23.0, 24.2])',
#     'np.allclose(filled["humidity"].to_numpy(dtype=float), [48.0, 55.0, 60.0, 62.0])',
# ]
# difficulty = 'intermediate'
# tags = ['merging', 'missing-data', 'index-alignment']
# ///
import numpy as np
import pandas as pd

primary = pd.DataFrame(
    {"temp": [21.5, np.nan, 23.0], "humidity": [np.nan, 55.0, 60.0]},
    index=pd.to_datetime(["2024-06-01", "2024-06-02", "2024-06-03"]),
)
backup = pd.DataFrame(
    {"temp": [21.0, 22.1, 24.2], "humidity": [48.0, 54.0, 62.0]},
    index=pd.to_datetime(["2024-06-01", "2024-06-02", "2024-06-04"]),
)
# combine_first aligns on index and columns: primary wins, backup patches holes and missing dates
filled = primary.combine_first(backup)
