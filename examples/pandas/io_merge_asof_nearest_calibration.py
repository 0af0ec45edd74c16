# /// example
# task = """
# Build `readings` and `calibration` below (both sorted by `time`). Attach to each reading the \
# `offset` of the calibration whose time is nearest to it, before or after, and add \
# `corrected = raw + offset`. Store the result, in the readings' order, in `calibrated`.
#
# ```text
# readings:
#                  time   raw
# 0 2024-03-01 08:05:00  10.2
# 1 2024-03-01 08:50:00  11.0
# 2 2024-03-01 09:20:00  10.7
# 3 2024-03-01 10:40:00  12.1
#
# calibration:
#                  time  offset
# 0 2024-03-01 08:00:00    -0.3
# 1 2024-03-01 09:00:00    -0.1
# 2 2024-03-01 10:00:00     0.2
# ```
#
# Wanted `calibrated`:
#
# ```text
#                  time   raw  offset  corrected
# 0 2024-03-01 08:05:00  10.2    -0.3        9.9
# 1 2024-03-01 08:50:00  11.0    -0.1       10.9
# 2 2024-03-01 09:20:00  10.7    -0.1       10.6
# 3 2024-03-01 10:40:00  12.1     0.2       12.3
# ```"""
# prompt = """
# Each raw reading should be corrected with the calibration offset measured closest in time \
# (earlier or later, whichever is nearer). Here are my `readings` and `calibration` tables; I \
# need `calibrated` with the matched `offset` and `corrected` = `raw` + `offset`:
#
# ```text
# readings:
#                  time   raw
# 0 2024-03-01 08:05:00  10.2
# 1 2024-03-01 08:50:00  11.0
# 2 2024-03-01 09:20:00  10.7
# 3 2024-03-01 10:40:00  12.1
#
# calibration:
#                  time  offset
# 0 2024-03-01 08:00:00    -0.3
# 1 2024-03-01 09:00:00    -0.1
# 2 2024-03-01 10:00:00     0.2
# ```
#
# Expected:
#
# ```text
#                  time   raw  offset  corrected
# 0 2024-03-01 08:05:00  10.2    -0.3        9.9
# 1 2024-03-01 08:50:00  11.0    -0.1       10.9
# 2 2024-03-01 09:20:00  10.7    -0.1       10.6
# 3 2024-03-01 10:40:00  12.1     0.2       12.3
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # 08:50 is nearer 09:00 (a backward match would give -0.3), 09:20 nearer 09:00 (forward would give 0.2)
#     'np.allclose(calibrated["offset"].to_numpy(dtype=float), [-0.3, -0.1, -0.1, 0.2])',
#     'np.allclose(calibrated["corrected"].to_numpy(dtype=float), [9.9, 10.9, 10.6, 12.3])',
#     'np.allclose(calibrated["raw"].to_numpy(dtype=float), [10.2, 11.0, 10.7, 12.1])',
# ]
# difficulty = 'intermediate'
# tags = ['merging', 'time-series']
# ///
import pandas as pd

readings = pd.DataFrame(
    {
        "time": pd.to_datetime(
            ["2024-03-01 08:05", "2024-03-01 08:50", "2024-03-01 09:20", "2024-03-01 10:40"]
        ),
        "raw": [10.2, 11.0, 10.7, 12.1],
    }
)
calibration = pd.DataFrame(
    {
        "time": pd.to_datetime(["2024-03-01 08:00", "2024-03-01 09:00", "2024-03-01 10:00"]),
        "offset": [-0.3, -0.1, 0.2],
    }
)
# direction="nearest" looks both ways; the default "backward" only takes earlier calibrations
calibrated = pd.merge_asof(readings, calibration, on="time", direction="nearest")
calibrated["corrected"] = calibrated["raw"] + calibrated["offset"]
