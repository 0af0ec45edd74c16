# /// example
# task = """
# Each reading of the energy meter Series `meter` below is the consumption of the 5 minutes ending \
# at its timestamp. Build it and total it per quarter hour, where the quarter hour ending at 10:15 \
# takes the readings stamped after 10:00 up to and including 10:15 and is labelled 10:15; store \
# the totals in `per_quarter_hour`.
#
# ```text
# 2024-06-01 10:05:00    0.4
# 2024-06-01 10:10:00    0.6
# 2024-06-01 10:15:00    0.5
# 2024-06-01 10:20:00    0.7
# 2024-06-01 10:25:00    0.9
# 2024-06-01 10:30:00    0.8
# ```
#
# Wanted `per_quarter_hour`:
#
# ```text
# 2024-06-01 10:15:00    1.5
# 2024-06-01 10:30:00    2.4
# ```"""
# prompt = """
# My meter logs kWh at the end of each 5-minute interval, in `meter`. I need totals per quarter \
# hour where the 10:15 bucket is (10:00, 10:15], i.e. the 10:15 reading belongs to the 10:15 \
# bucket, labelled by its end, as `per_quarter_hour`:
#
# ```text
# 2024-06-01 10:05:00    0.4
# 2024-06-01 10:10:00    0.6
# 2024-06-01 10:15:00    0.5
# 2024-06-01 10:20:00    0.7
# 2024-06-01 10:25:00    0.9
# 2024-06-01 10:30:00    0.8
# ```
#
# Expected:
#
# ```text
# 2024-06-01 10:15:00    1.5
# 2024-06-01 10:30:00    2.4
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # default left-closed bins would give 10:00 -> 1.0, 10:15 -> 2.1, 10:30 -> 0.8
#     'np.allclose(np.asarray(per_quarter_hour, dtype=float), [1.5, 2.4])',
#     '[str(stamp) for stamp in per_quarter_hour.index] == ["2024-06-01 10:15:00", "2024-06-01 10:30:00"]',
# ]
# difficulty = 'intermediate'
# tags = ['resampling', 'time-series', 'aggregation']
# ///
import pandas as pd

meter = pd.Series(
    [0.4, 0.6, 0.5, 0.7, 0.9, 0.8],
    index=pd.to_datetime(
        [
            "2024-06-01 10:05",
            "2024-06-01 10:10",
            "2024-06-01 10:15",
            "2024-06-01 10:20",
            "2024-06-01 10:25",
            "2024-06-01 10:30",
        ]
    ),
    name="kwh",
)
# each reading covers the 5 minutes before its stamp: bins (10:00, 10:15] labelled 10:15
per_quarter_hour = meter.resample("15min", closed="right", label="right").sum()
