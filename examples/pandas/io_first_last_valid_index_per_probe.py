# /// example
# task = """
# Build `readings` below (DatetimeIndex, gaps as NaN) and store in `coverage` a DataFrame indexed \
# by probe (the columns of `readings`) with the columns `first` and `last`: the dates of each \
# probe's first and last non-missing reading.
#
# ```text
#             probe_a  probe_b  probe_c
# 2024-06-01      NaN      2.2      NaN
# 2024-06-02      3.1      2.5      NaN
# 2024-06-03      3.4      NaN      NaN
# 2024-06-04      NaN      2.7      5.1
# 2024-06-05      3.0      NaN      5.3
# ```
#
# Wanted `coverage`:
#
# ```text
#              first       last
# probe_a 2024-06-02 2024-06-05
# probe_b 2024-06-01 2024-06-04
# probe_c 2024-06-04 2024-06-05
# ```"""
# prompt = """
# Each probe in `readings` started and stopped reporting on different days. I'd like a table \
# `coverage` (one row per probe) with the date of its `first` and `last` actual reading, ignoring \
# NaN:
#
# ```text
#             probe_a  probe_b  probe_c
# 2024-06-01      NaN      2.2      NaN
# 2024-06-02      3.1      2.5      NaN
# 2024-06-03      3.4      NaN      NaN
# 2024-06-04      NaN      2.7      5.1
# 2024-06-05      3.0      NaN      5.3
# ```
#
# Expected:
#
# ```text
#              first       last
# probe_a 2024-06-02 2024-06-05
# probe_b 2024-06-01 2024-06-04
# probe_c 2024-06-04 2024-06-05
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = {}
# checks = [
#     'list(coverage.index) == ["probe_a", "probe_b", "probe_c"]',
#     '[str(pd.Timestamp(day).date()) for day in coverage["first"]] == ["2024-06-02", "2024-06-01", "2024-06-04"] and [str(pd.Timestamp(day).date()) for day in coverage["last"]] == ["2024-06-05", "2024-06-04", "2024-06-05"]',
# ]
# difficulty = 'basic'
# tags = ['missing-data', 'time-series']
# ///
import numpy as np
import pandas as pd

readings = pd.DataFrame(
    {
        "probe_a": [np.nan, 3.1, 3.4, np.nan, 3.0],
        "probe_b": [2.2, 2.5, np.nan, 2.7, np.nan],
        "probe_c": [np.nan, np.nan, np.nan, 5.1, 5.3],
    },
    index=pd.to_datetime(["2024-06-01", "2024-06-02", "2024-06-03", "2024-06-04", "2024-06-05"]),
)
# per column: the index label of the first and of the last non-missing reading
coverage = pd.DataFrame(
    {
        "first": readings.apply(lambda column: column.first_valid_index()),
        "last": readings.apply(lambda column: column.last_valid_index()),
    }
)
