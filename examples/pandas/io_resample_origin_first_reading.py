# /// example
# task = """
# Build the Series `flow` below and total it in 10-minute bins that start at the first reading \
# (09:03, 09:13, 09:23, ...) rather than on the clock's ten minutes, each bin labelled by its \
# start; store the totals in `per_10min`.
#
# ```text
# 2024-07-01 09:03:00    3.0
# 2024-07-01 09:08:00    4.0
# 2024-07-01 09:13:00    2.0
# 2024-07-01 09:16:00    5.0
# 2024-07-01 09:24:00    6.0
# 2024-07-01 09:33:00    1.0
# ```
#
# Wanted `per_10min`:
#
# ```text
# 2024-07-01 09:03:00    7.0
# 2024-07-01 09:13:00    7.0
# 2024-07-01 09:23:00    6.0
# 2024-07-01 09:33:00    1.0
# ```"""
# prompt = """
# The pump in `flow` logs litres at irregular times from 09:03. I want 10-minute totals with bins \
# counted from the first reading, so 09:03-09:12, 09:13-09:22 and so on, labelled by their start, \
# in `per_10min`:
#
# ```text
# 2024-07-01 09:03:00    3.0
# 2024-07-01 09:08:00    4.0
# 2024-07-01 09:13:00    2.0
# 2024-07-01 09:16:00    5.0
# 2024-07-01 09:24:00    6.0
# 2024-07-01 09:33:00    1.0
# ```
#
# Expected:
#
# ```text
# 2024-07-01 09:03:00    7.0
# 2024-07-01 09:13:00    7.0
# 2024-07-01 09:23:00    6.0
# 2024-07-01 09:33:00    1.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     '[str(stamp)[11:16] for stamp in per_10min.index] == ["09:03", "09:13", "09:23", "09:33"]',
#     # clock-aligned bins would give 09:00 -> 9.0, 09:10 -> 7.0, 09:20 -> 6.0, 09:30 -> 1.0
#     'np.allclose(np.asarray(per_10min, dtype=float), [7.0, 7.0, 6.0, 1.0])',
# ]
# difficulty = 'intermediate'
# tags = ['resampling', 'time-series']
# ///
import pandas as pd

flow = pd.Series(
    [3.0, 4.0, 2.0, 5.0, 6.0, 1.0],
    index=pd.to_datetime(
        [
            "2024-07-01 09:03",
            "2024-07-01 09:08",
            "2024-07-01 09:13",
            "2024-07-01 09:16",
            "2024-07-01 09:24",
            "2024-07-01 09:33",
        ]
    ),
    name="litres",
)
# origin="start" lays the 10-minute bins from the first reading (09:03) instead of the clock (09:00)
per_10min = flow.resample("10min", origin="start").sum()
