# /// example
# task = """
# Build the table `baskets` below, whose `item` and `qty` cells hold lists of equal length per \
# row, and explode both together into `lines`: one row per (order, item) with the matching \
# quantity as an integer column, and a fresh 0..n-1 index.
#
# ```text
#    order               item        qty
# 0      1        [tea, milk]     [2, 1]
# 1      2  [bread, jam, tea]  [1, 3, 1]
# ```
#
# Wanted `lines`:
#
# ```text
#    order   item  qty
# 0      1    tea    2
# 1      1   milk    1
# 2      2  bread    1
# 3      2    jam    3
# 4      2    tea    1
# ```"""
# prompt = """
# Each row of `baskets` has a list of items and a parallel list of quantities. Exploding one \
# column after the other gives me every item with every quantity. I need them paired, one row per \
# item, in `lines`, with `qty` as integers:
#
# ```text
#    order               item        qty
# 0      1        [tea, milk]     [2, 1]
# 1      2  [bread, jam, tea]  [1, 3, 1]
# ```
#
# Expected:
#
# ```text
#    order   item  qty
# 0      1    tea    2
# 1      1   milk    1
# 2      2  bread    1
# 3      2    jam    3
# 4      2    tea    1
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'lines["order"].tolist() == [1, 1, 2, 2, 2]',
#     'lines["item"].tolist() == ["tea", "milk", "bread", "jam", "tea"]',
#     'lines["qty"].tolist() == [2, 1, 1, 3, 1] and pd.api.types.is_integer_dtype(lines["qty"])',
#     'list(lines.index) == [0, 1, 2, 3, 4]',
# ]
# difficulty = 'intermediate'
# tags = ['nested-data', 'reshaping']
# ///
import pandas as pd

baskets = pd.DataFrame(
    {
        "order": [1, 2],
        "item": [["tea", "milk"], ["bread", "jam", "tea"]],
        "qty": [[2, 1], [1, 3, 1]],
    }
)
# exploding both columns in one call keeps the i-th item with the i-th quantity
lines = baskets.explode(["item", "qty"], ignore_index=True)
lines["qty"] = lines["qty"].astype("int64")
