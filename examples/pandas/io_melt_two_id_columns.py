# /// example
# task = """
# Build the wide table `wide` below and melt it into `long`: keep `store` and `region` as \
# identifier columns, one row per store and month with the month name in `month` and the value in \
# `sales`, ordered by store then month (Jan, Feb, Mar), with a fresh 0..n-1 index.
#
# ```text
#   store region  Jan  Feb  Mar
# 0    s1  north  100  110   95
# 1    s2  south   80   75   90
# ```
#
# Wanted `long`:
#
# ```text
#   store region month  sales
# 0    s1  north   Jan    100
# 1    s1  north   Feb    110
# 2    s1  north   Mar     95
# 3    s2  south   Jan     80
# 4    s2  south   Feb     75
# 5    s2  south   Mar     90
# ```"""
# prompt = """
# I need my `wide` sales sheet in long form (`long`) for plotting: keep both `store` and `region` \
# on every row, put the month names into `month` and the numbers into `sales`, grouped by store \
# with the months in calendar order:
#
# ```text
#   store region  Jan  Feb  Mar
# 0    s1  north  100  110   95
# 1    s2  south   80   75   90
# ```
#
# Expected:
#
# ```text
#   store region month  sales
# 0    s1  north   Jan    100
# 1    s1  north   Feb    110
# 2    s1  north   Mar     95
# 3    s2  south   Jan     80
# 4    s2  south   Feb     75
# 5    s2  south   Mar     90
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(long.columns) == ["store", "region", "month", "sales"]',
#     'long["store"].tolist() == ["s1"] * 3 + ["s2"] * 3 and long["region"].tolist() == ["north"] * 3 + ["south"] * 3',
#     'long["month"].tolist() == ["Jan", "Feb", "Mar"] * 2',
#     'long["sales"].tolist() == [100, 110, 95, 80, 75, 90] and list(long.index) == list(range(6))',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping']
# ///
import pandas as pd

wide = pd.DataFrame(
    {
        "store": ["s1", "s2"],
        "region": ["north", "south"],
        "Jan": [100, 80],
        "Feb": [110, 75],
        "Mar": [95, 90],
    }
)
long = wide.melt(id_vars=["store", "region"], var_name="month", value_name="sales")
# melt stacks month by month; a stable sort on store keeps Jan, Feb, Mar inside each store
long = long.sort_values("store", kind="stable", ignore_index=True)
