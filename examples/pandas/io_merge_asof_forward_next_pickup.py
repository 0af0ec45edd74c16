# /// example
# task = """
# Build `orders` and `pickups` below (both sorted by time). Attach to every order the first truck \
# pickup that departs strictly after the order was `placed` (a truck leaving at the same minute is \
# too early to load); orders with no later pickup get missing values. Store the result, in the \
# orders' order, in `shipped`.
#
# ```text
# orders:
#   order              placed
# 0    o1 2024-05-06 08:30:00
# 1    o2 2024-05-06 12:00:00
# 2    o3 2024-05-06 15:10:00
# 3    o4 2024-05-06 18:45:00
#
# pickups:
#   truck             departs
# 0    T1 2024-05-06 10:00:00
# 1    T2 2024-05-06 12:00:00
# 2    T3 2024-05-06 17:00:00
# ```
#
# Wanted `shipped`:
#
# ```text
#   order              placed truck             departs
# 0    o1 2024-05-06 08:30:00    T1 2024-05-06 10:00:00
# 1    o2 2024-05-06 12:00:00    T3 2024-05-06 17:00:00
# 2    o3 2024-05-06 15:10:00    T3 2024-05-06 17:00:00
# 3    o4 2024-05-06 18:45:00   NaN                 NaT
# ```"""
# prompt = """
# Each order in `orders` goes on the next truck in `pickups` that leaves after it was placed; a \
# truck leaving at exactly the order time cannot take it. Orders after the last truck get nothing. \
# Result in `shipped`:
#
# ```text
# orders:
#   order              placed
# 0    o1 2024-05-06 08:30:00
# 1    o2 2024-05-06 12:00:00
# 2    o3 2024-05-06 15:10:00
# 3    o4 2024-05-06 18:45:00
#
# pickups:
#   truck             departs
# 0    T1 2024-05-06 10:00:00
# 1    T2 2024-05-06 12:00:00
# 2    T3 2024-05-06 17:00:00
# ```
#
# Expected:
#
# ```text
#   order              placed truck             departs
# 0    o1 2024-05-06 08:30:00    T1 2024-05-06 10:00:00
# 1    o2 2024-05-06 12:00:00    T3 2024-05-06 17:00:00
# 2    o3 2024-05-06 15:10:00    T3 2024-05-06 17:00:00
# 3    o4 2024-05-06 18:45:00   NaN                 NaT
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # o2 is placed at 12:00 when T2 departs: it waits for T3
#     '[None if pd.isna(t) else t for t in shipped["truck"]] == ["T1", "T3", "T3", None]',
#     'shipped["order"].tolist() == ["o1", "o2", "o3", "o4"] and pd.isna(shipped["departs"].iloc[3]) and shipped["departs"].iloc[1] == pd.Timestamp("2024-05-06 17:00")',
# ]
# difficulty = 'intermediate'
# tags = ['merging', 'time-series']
# ///
import pandas as pd

orders = pd.DataFrame(
    {
        "order": ["o1", "o2", "o3", "o4"],
        "placed": pd.to_datetime(
            ["2024-05-06 08:30", "2024-05-06 12:00", "2024-05-06 15:10", "2024-05-06 18:45"]
        ),
    }
)
pickups = pd.DataFrame(
    {
        "truck": ["T1", "T2", "T3"],
        "departs": pd.to_datetime(["2024-05-06 10:00", "2024-05-06 12:00", "2024-05-06 17:00"]),
    }
)
# forward: the first pickup after the order; a truck leaving at the very same minute is missed
shipped = pd.merge_asof(
    orders,
    pickups,
    left_on="placed",
    right_on="departs",
    direction="forward",
    allow_exact_matches=False,
)
