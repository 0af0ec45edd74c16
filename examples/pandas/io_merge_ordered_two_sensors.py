# /// example
# task = """
# Build the frames `temp` and `hum` below (two sensors logging at different times) and combine \
# them into `timeline`: one row per time stamp of either sensor, in time order, each sensor's \
# value carried forward from its last reading; before a sensor's first reading its value is NaN.
#
# ```text
# temp:
#                  time  temp
# 0 2024-06-01 08:00:00  18.5
# 1 2024-06-01 08:10:00  19.0
# 2 2024-06-01 08:30:00  20.5
#
# hum:
#                  time   hum
# 0 2024-06-01 08:05:00  61.0
# 1 2024-06-01 08:30:00  58.0
# ```
#
# Wanted `timeline`:
#
# ```text
#                  time  temp   hum
# 0 2024-06-01 08:00:00  18.5   NaN
# 1 2024-06-01 08:05:00  18.5  61.0
# 2 2024-06-01 08:10:00  19.0  61.0
# 3 2024-06-01 08:30:00  20.5  58.0
# ```"""
# prompt = """
# My temperature (`temp`) and humidity (`hum`) loggers record at different moments. I want one \
# `timeline` with every time stamp of both, where each column holds the last known value (NaN \
# until the first reading):
#
# ```text
# temp:
#                  time  temp
# 0 2024-06-01 08:00:00  18.5
# 1 2024-06-01 08:10:00  19.0
# 2 2024-06-01 08:30:00  20.5
#
# hum:
#                  time   hum
# 0 2024-06-01 08:05:00  61.0
# 1 2024-06-01 08:30:00  58.0
# ```
#
# Expected:
#
# ```text
#                  time  temp   hum
# 0 2024-06-01 08:00:00  18.5   NaN
# 1 2024-06-01 08:05:00  18.5  61.0
# 2 2024-06-01 08:10:00  19.0  61.0
# 3 2024-06-01 08:30:00  20.5  58.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(pd.to_datetime(timeline["time"]).dt.strftime("%H:%M")) == ["08:00", "08:05", "08:10", "08:30"]',
#     'np.allclose(timeline["temp"].to_numpy(dtype=float), [18.5, 18.5, 19.0, 20.5])',
#     'np.allclose(timeline["hum"].to_numpy(dtype=float), [np.nan, 61.0, 61.0, 58.0], equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['merging', 'time-series', 'imputation']
# ///
import pandas as pd

temp = pd.DataFrame(
    {
        "time": pd.to_datetime(["2024-06-01 08:00", "2024-06-01 08:10", "2024-06-01 08:30"]),
        "temp": [18.5, 19.0, 20.5],
    }
)
hum = pd.DataFrame(
    {"time": pd.to_datetime(["2024-06-01 08:05", "2024-06-01 08:30"]), "hum": [61.0, 58.0]}
)
# merge_ordered builds the sorted union of times; fill_method="ffill" carries readings forward
timeline = pd.merge_ordered(temp, hum, on="time", fill_method="ffill")
