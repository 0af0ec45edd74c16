# /// example
# task = """
# Build the sales table below as `sales` and reshape it to a wide table `wide` with one row per \
# `region`, one column per `month` and the summed `sales` in the cells (north has two January rows \
# that must be added up).
#
# ```text
#   region month  sales
# 0  north   Jan    120
# 1  north   Feb    135
# 2  south   Jan     90
# 3  south   Feb    110
# 4  north   Jan     30
# ```
#
# Wanted `wide`:
#
# ```text
# month   Feb  Jan
# region
# north   135  150
# south   110   90
# ```"""
# prompt = """
# I have this little sales table (call it `sales`) that I want as a grid `wide`:
#
# ```text
#   region month  sales
# 0  north   Jan    120
# 1  north   Feb    135
# 2  south   Jan     90
# 3  south   Feb    110
# 4  north   Jan     30
# ```
#
# and I want it as a region-by-month grid in `wide`, adding up repeated region/month rows:
#
# ```text
# month   Feb  Jan
# region
# north   135  150
# south   110   90
# ```
#
# How do I get there?"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'wide.loc[["north", "south"], ["Feb", "Jan"]].to_numpy().tolist() == [[135, 150], [110, 90]]',
#     'sorted(wide.index) == ["north", "south"] and sorted(wide.columns) == ["Feb", "Jan"]',
#     'sales["sales"].tolist() == [120, 135, 90, 110, 30]',
# ]
# difficulty = 'basic'
# tags = ['reshaping', 'aggregation']
# ///
import pandas as pd

sales = pd.DataFrame(
    {
        "region": ["north", "north", "south", "south", "north"],
        "month": ["Jan", "Feb", "Jan", "Feb", "Jan"],
        "sales": [120, 135, 90, 110, 30],
    }
)
# aggfunc="sum" adds up the two north/Jan rows; pivot() would refuse the duplicate pair
wide = sales.pivot_table(index="region", columns="month", values="sales", aggfunc="sum")
