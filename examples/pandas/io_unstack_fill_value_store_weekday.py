# /// example
# task = """
# Build the long table `daily` below and reshape it into `grid`: one row per `store`, one column \
# per `weekday`, the `sales` in the cells and 0 where a store has no sales row for that day.
#
# ```text
#    store weekday  sales
# 0  north     Mon    120
# 1  north     Tue    135
# 2  south     Mon     98
# 3  south     Tue    101
# 4  south     Wed     87
# 5   east     Wed    143
# ```
#
# Wanted `grid`:
#
# ```text
# weekday  Mon  Tue  Wed
# store
# east       0    0  143
# north    120  135    0
# south     98  101   87
# ```"""
# prompt = """
# My `daily` sales come in long form and I need a store x weekday grid, `grid`, with 0 (not NaN) \
# where a store had no entry for a day:
#
# ```text
#    store weekday  sales
# 0  north     Mon    120
# 1  north     Tue    135
# 2  south     Mon     98
# 3  south     Tue    101
# 4  south     Wed     87
# 5   east     Wed    143
# ```
#
# Expected:
#
# ```text
# weekday  Mon  Tue  Wed
# store
# east       0    0  143
# north    120  135    0
# south     98  101   87
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'sorted(grid.index) == ["east", "north", "south"] and sorted(grid.columns) == ["Mon", "Tue", "Wed"]',
#     'grid.loc["east", "Wed"] == 143 and grid.loc["north", "Tue"] == 135 and grid.loc["south", "Wed"] == 87',
#     '[grid.loc["east", "Mon"], grid.loc["east", "Tue"], grid.loc["north", "Wed"]] == [0, 0, 0]',
# ]
# difficulty = 'basic'
# tags = ['reshaping', 'hierarchical-index']
# ///
import pandas as pd

daily = pd.DataFrame(
    {
        "store": ["north", "north", "south", "south", "south", "east"],
        "weekday": ["Mon", "Tue", "Mon", "Tue", "Wed", "Wed"],
        "sales": [120, 135, 98, 101, 87, 143],
    }
)
# weekdays a store has no row for become 0 instead of NaN (and the column stays integer)
grid = daily.set_index(["store", "weekday"])["sales"].unstack(fill_value=0)
