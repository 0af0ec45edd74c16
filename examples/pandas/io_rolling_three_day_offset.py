# /// example
# task = """
# Build the irregular daily series `rain` below (some days have no row) and compute `rain_3d`: for \
# each row, the total rain of that day and the two calendar days before it, counting only days \
# that have a row (a missing day adds nothing).
#
# ```text
# 2024-04-01    2.0
# 2024-04-02    5.0
# 2024-04-05    1.0
# 2024-04-06    4.0
# 2024-04-07    3.0
# Name: rain, dtype: float64
# ```
#
# Wanted `rain_3d`:
#
# ```text
# 2024-04-01    2.0
# 2024-04-02    7.0
# 2024-04-05    1.0
# 2024-04-06    5.0
# 2024-04-07    8.0
# Name: rain, dtype: float64
# ```"""
# prompt = """
# My `rain` series is indexed by date but days without rain measurements are simply missing. \
# `rolling(3)` then sums over three rows, which can span a week. I want the sum over the last 3 \
# calendar days (today and the two days before), in `rain_3d`:
#
# ```text
# 2024-04-01    2.0
# 2024-04-02    5.0
# 2024-04-05    1.0
# 2024-04-06    4.0
# 2024-04-07    3.0
# Name: rain, dtype: float64
# ```
#
# Expected:
#
# ```text
# 2024-04-01    2.0
# 2024-04-02    7.0
# 2024-04-05    1.0
# 2024-04-06    5.0
# 2024-04-07    8.0
# Name: rain, dtype: float64
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(rain_3d.to_numpy(dtype=float), [2.0, 7.0, 1.0, 5.0, 8.0])',
#     'list(rain_3d.index.strftime("%Y-%m-%d")) == ["2024-04-01", "2024-04-02", "2024-04-05", "2024-04-06", "2024-04-07"]',
# ]
# difficulty = 'intermediate'
# tags = ['rolling-window', 'time-series', 'datetime']
# ///
import pandas as pd

rain = pd.Series(
    [2.0, 5.0, 1.0, 4.0, 3.0],
    index=pd.to_datetime(["2024-04-01", "2024-04-02", "2024-04-05", "2024-04-06", "2024-04-07"]),
    name="rain",
)
# an offset window "3D" covers (t - 3 days, t], so calendar gaps are respected
rain_3d = rain.rolling("3D").sum()
