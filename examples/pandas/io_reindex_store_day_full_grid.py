# /// example
# task = """
# Build the long table `sales` below, where a store with no sales on a day has no row, and \
# complete it to `complete`: one row for every store in `sales` on every day from the first to the \
# last day in `sales`, missing combinations with `units` 0 (integer), sorted by store then day, \
# with columns `store`, `day`, `units` and a fresh 0..n-1 index.
#
# ```text
#   store        day  units
# 0    s1 2024-07-01      4
# 1    s2 2024-07-01      2
# 2    s1 2024-07-03      7
# 3    s2 2024-07-02      1
# ```
#
# Wanted `complete`:
#
# ```text
#   store        day  units
# 0    s1 2024-07-01      4
# 1    s1 2024-07-02      0
# 2    s1 2024-07-03      7
# 3    s2 2024-07-01      2
# 4    s2 2024-07-02      1
# 5    s2 2024-07-03      0
# ```"""
# prompt = """
# In `sales` days without sales are just missing for that store. For plotting I need `complete`: \
# every store x every day between the first and last date, `units` 0 where nothing was sold (keep \
# integers), ordered by store and day:
#
# ```text
#   store        day  units
# 0    s1 2024-07-01      4
# 1    s2 2024-07-01      2
# 2    s1 2024-07-03      7
# 3    s2 2024-07-02      1
# ```
#
# Expected:
#
# ```text
#   store        day  units
# 0    s1 2024-07-01      4
# 1    s1 2024-07-02      0
# 2    s1 2024-07-03      7
# 3    s2 2024-07-01      2
# 4    s2 2024-07-02      1
# 5    s2 2024-07-03      0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'complete["store"].tolist() == ["s1", "s1", "s1", "s2", "s2", "s2"]',
#     'list(complete["day"].dt.strftime("%m-%d")) == ["07-01", "07-02", "07-03"] * 2',
#     'complete["units"].tolist() == [4, 0, 7, 2, 1, 0] and pd.api.types.is_integer_dtype(complete["units"])',
#     'list(complete.columns) == ["store", "day", "units"] and list(complete.index) == list(range(6))',
# ]
# difficulty = 'advanced'
# tags = ['index-alignment', 'hierarchical-index']
# ///
import pandas as pd

sales = pd.DataFrame(
    {
        "store": ["s1", "s2", "s1", "s2"],
        "day": pd.to_datetime(["2024-07-01", "2024-07-01", "2024-07-03", "2024-07-02"]),
        "units": [4, 2, 7, 1],
    }
)
days = pd.date_range(sales["day"].min(), sales["day"].max(), freq="D")
grid = pd.MultiIndex.from_product([sorted(sales["store"].unique()), days], names=["store", "day"])
# fill_value=0 fills the new rows without turning units into floats
complete = sales.set_index(["store", "day"]).reindex(grid, fill_value=0).reset_index()
