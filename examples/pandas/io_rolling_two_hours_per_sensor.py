# /// example
# task = """
# Build the table `events` below and add `load_2h`: for each row, the sum of `load` over the same \
# `sensor`'s rows in the 2 hours up to and including that row's `time` (window (t - 2h, t]). Rows \
# keep their original order; each (sensor, time) pair occurs once.
#
# ```text
#   sensor                time  load
# 0      a 2024-01-01 00:00:00   1.0
# 1      b 2024-01-01 00:30:00   3.0
# 2      a 2024-01-01 01:00:00   2.0
# 3      b 2024-01-01 02:00:00   5.0
# 4      a 2024-01-01 03:00:00   4.0
# ```
#
# Wanted `events`:
#
# ```text
#   sensor                time  load  load_2h
# 0      a 2024-01-01 00:00:00   1.0      1.0
# 1      b 2024-01-01 00:30:00   3.0      3.0
# 2      a 2024-01-01 01:00:00   2.0      3.0
# 3      b 2024-01-01 02:00:00   5.0      8.0
# 4      a 2024-01-01 03:00:00   4.0      4.0
# ```"""
# prompt = """
# `events` mixes two sensors and the timestamps are irregular. For each row I need the sensor's \
# total `load` over the last 2 hours (including the current reading), in a new column `load_2h`, \
# without reordering my rows:
#
# ```text
#   sensor                time  load
# 0      a 2024-01-01 00:00:00   1.0
# 1      b 2024-01-01 00:30:00   3.0
# 2      a 2024-01-01 01:00:00   2.0
# 3      b 2024-01-01 02:00:00   5.0
# 4      a 2024-01-01 03:00:00   4.0
# ```
#
# Expected:
#
# ```text
#   sensor                time  load  load_2h
# 0      a 2024-01-01 00:00:00   1.0      1.0
# 1      b 2024-01-01 00:30:00   3.0      3.0
# 2      a 2024-01-01 01:00:00   2.0      3.0
# 3      b 2024-01-01 02:00:00   5.0      8.0
# 4      a 2024-01-01 03:00:00   4.0      4.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # a's reading at 01:00 lies exactly 2 h before its 03:00 row and must be left out
#     'np.allclose(events["load_2h"].to_numpy(dtype=float), [1.0, 3.0, 3.0, 8.0, 4.0])',
#     'events["sensor"].tolist() == ["a", "b", "a", "b", "a"] and np.allclose(events["load"].to_numpy(dtype=float), [1.0, 3.0, 2.0, 5.0, 4.0])',
# ]
# difficulty = 'advanced'
# tags = ['rolling-window', 'groupby', 'time-series']
# ///
import pandas as pd

events = pd.DataFrame(
    {
        "sensor": ["a", "b", "a", "b", "a"],
        "time": pd.to_datetime(
            [
                "2024-01-01 00:00",
                "2024-01-01 00:30",
                "2024-01-01 01:00",
                "2024-01-01 02:00",
                "2024-01-01 03:00",
            ]
        ),
        "load": [1.0, 3.0, 2.0, 5.0, 4.0],
    }
)
# a time-based window per sensor; the result is indexed by (sensor, time), so merge it back
rolled = events.groupby("sensor").rolling("2h", on="time")["load"].sum().rename("load_2h")
events = events.merge(rolled.reset_index(), on=["sensor", "time"], how="left")
