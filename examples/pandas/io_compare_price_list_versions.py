# /// example
# task = """
# Build the two versions of the price list below as `old` and `new` (indexed by `sku`) and show \
# only what changed in `changes`: one row per SKU with a change, and for each column a pair of \
# sub-columns `old` and `new`, NaN where that column did not change for the SKU (as \
# `DataFrame.compare` lays it out).
#
# ```text
# old:
#      price  stock
# sku
# A1    9.99     10
# B2    4.50      0
# C3   12.00      5
# D4    7.25      8
#
# new:
#      price  stock
# sku
# A1    9.99     10
# B2    4.75      3
# C3   12.00      5
# D4    6.99      8
# ```
#
# Wanted `changes`:
#
# ```text
#     price       stock
#       old   new   old  new
# sku
# B2   4.50  4.75   0.0  3.0
# D4   7.25  6.99   NaN  NaN
# ```"""
# prompt = """
# A supplier sent an updated price list. Here are my `old` and `new` versions, indexed by `sku`:
#
# ```text
# old:
#      price  stock
# sku
# A1    9.99     10
# B2    4.50      0
# C3   12.00      5
# D4    7.25      8
#
# new:
#      price  stock
# sku
# A1    9.99     10
# B2    4.75      3
# C3   12.00      5
# D4    6.99      8
# ```
#
# I want a diff `changes` that lists only the SKUs that changed, with old and new values side by \
# side per column and blanks where nothing changed:
#
# ```text
#     price       stock
#       old   new   old  new
# sku
# B2   4.50  4.75   0.0  3.0
# D4   7.25  6.99   NaN  NaN
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'changes.index.tolist() == ["B2", "D4"]',
#     'changes.columns.tolist() == [("price", "old"), ("price", "new"), ("stock", "old"), ("stock", "new")]',
#     'np.allclose(changes.to_numpy(dtype=float), [[4.50, 4.75, 0.0, 3.0], [7.25, 6.99, np.nan, np.nan]], equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['hierarchical-index', 'indexing']
# ///
import pandas as pd

old = pd.DataFrame(
    {"price": [9.99, 4.50, 12.00, 7.25], "stock": [10, 0, 5, 8]},
    index=pd.Index(["A1", "B2", "C3", "D4"], name="sku"),
)
new = pd.DataFrame(
    {"price": [9.99, 4.75, 12.00, 6.99], "stock": [10, 3, 5, 8]},
    index=pd.Index(["A1", "B2", "C3", "D4"], name="sku"),
)
# compare keeps only differing rows and cells; result_names labels the two sides
changes = old.compare(new, result_names=("old", "new"))
