# /// example
# task = """
# Build the GPS speed Series `gps` below and the photo times `photo_times` = 10:05, 10:14, 10:37, \
# 10:52 on 2024-06-01. Store in `photo_speed`, indexed by the photo times, the speed of the GPS \
# reading nearest in time to each photo (earlier or later), or NaN when the nearest reading is \
# more than 5 minutes away.
#
# ```text
# 2024-06-01 10:00:00    12.0
# 2024-06-01 10:07:00    14.5
# 2024-06-01 10:21:00    13.0
# 2024-06-01 10:40:00    16.0
# ```
#
# Wanted `photo_speed`:
#
# ```text
# 2024-06-01 10:05:00    14.5
# 2024-06-01 10:14:00     NaN
# 2024-06-01 10:37:00    16.0
# 2024-06-01 10:52:00     NaN
# ```"""
# prompt = """
# I want to tag photos taken at 10:05, 10:14, 10:37 and 10:52 on 2024-06-01 (`photo_times`) with \
# the speed from my `gps` log: the closest reading in time, but only if it's within 5 minutes, \
# else NaN, as `photo_speed` indexed by the photo times:
#
# ```text
# 2024-06-01 10:00:00    12.0
# 2024-06-01 10:07:00    14.5
# 2024-06-01 10:21:00    13.0
# 2024-06-01 10:40:00    16.0
# ```
#
# Expected:
#
# ```text
# 2024-06-01 10:05:00    14.5
# 2024-06-01 10:14:00     NaN
# 2024-06-01 10:37:00    16.0
# 2024-06-01 10:52:00     NaN
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # 10:05 is nearer 10:07 than 10:00; 10:37 takes the later 10:40 reading; 10:14 is 7 min from any reading
#     'np.allclose(np.asarray(photo_speed, dtype=float), [14.5, np.nan, 16.0, np.nan], equal_nan=True)',
#     '[str(t)[11:16] for t in photo_speed.index] == ["10:05", "10:14", "10:37", "10:52"]',
# ]
# difficulty = 'intermediate'
# tags = ['index-alignment', 'time-series']
# ///
import pandas as pd

gps = pd.Series(
    [12.0, 14.5, 13.0, 16.0],
    index=pd.to_datetime(
        ["2024-06-01 10:00", "2024-06-01 10:07", "2024-06-01 10:21", "2024-06-01 10:40"]
    ),
    name="speed",
)
photo_times = pd.to_datetime(
    ["2024-06-01 10:05", "2024-06-01 10:14", "2024-06-01 10:37", "2024-06-01 10:52"]
)
# nearest reading in either direction, but only if it is at most 5 minutes away
photo_speed = gps.reindex(photo_times, method="nearest", tolerance=pd.Timedelta("5min"))
