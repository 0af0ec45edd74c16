# /// example
# task = """
# Build `sales` below and pivot it into `table`: total `units` per `region` (rows) and `product` \
# (columns), 0 where a region did not sell a product, plus a row and a column named `Total` with \
# the sums.
#
# ```text
#   region product  units
# 0  north     tea     30
# 1  north  coffee     12
# 2  south     tea     18
# 3  south     tea      7
# 4   east  coffee     25
# ```
#
# Wanted `table`:
#
# ```text
# product  coffee  tea  Total
# region
# east         25    0     25
# north        12   30     42
# south         0   25     25
# Total        37   55     92
# ```"""
# prompt = """
# From my `sales` lines I want a region x product table of summed `units`, with 0 instead of \
# blanks and totals in a row and a column called `Total`, as `table`:
#
# ```text
#   region product  units
# 0  north     tea     30
# 1  north  coffee     12
# 2  south     tea     18
# 3  south     tea      7
# 4   east  coffee     25
# ```
#
# Expected:
#
# ```text
# product  coffee  tea  Total
# region
# east         25    0     25
# north        12   30     42
# south         0   25     25
# Total        37   55     92
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(table.index) == ["east", "north", "south", "Total"] and list(table.columns) == ["coffee", "tea", "Total"]',
#     'np.asarray(table, dtype=int).tolist() == [[25, 0, 25], [12, 30, 42], [0, 25, 25], [37, 55, 92]]',
# ]
# difficulty = 'basic'
# tags = ['reshaping', 'aggregation']
# ///
import pandas as pd

sales = pd.DataFrame(
    {
        "region": ["north", "north", "south", "south", "east"],
        "product": ["tea", "coffee", "tea", "tea", "coffee"],
        "units": [30, 12, 18, 7, 25],
    }
)
# fill_value=0 for combinations without sales; margins adds row and column totals named "Total"
table = sales.pivot_table(
    index="region",
    columns="product",
    values="units",
    aggfunc="sum",
    fill_value=0,
    margins=True,
    margins_name="Total",
)
