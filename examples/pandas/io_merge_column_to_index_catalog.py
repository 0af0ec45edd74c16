# /// example
# task = """
# Build `sales` and `catalog` below; the catalog is indexed by its SKU code. Attach each sale's \
# `name` and `price` from the catalog, matching the `sku` column against the catalog's index and \
# keeping every sale (unknown SKUs get missing values), and add `amount` = `qty` x `price`. Store \
# the result, in the sales' order, in `priced`.
#
# ```text
# sales:
#   sku  qty
# 0  B2    3
# 1  A1    1
# 2  C3    4
# 3  A1    2
# 4  D4    5
#
# catalog:
#              name  price
# sku_code
# A1         anchor    2.5
# B2        bracket    1.2
# C3          clamp    4.0
# ```
#
# Wanted `priced`:
#
# ```text
#   sku  qty     name  price  amount
# 0  B2    3  bracket    1.2     3.6
# 1  A1    1   anchor    2.5     2.5
# 2  C3    4    clamp    4.0    16.0
# 3  A1    2   anchor    2.5     5.0
# 4  D4    5      NaN    NaN     NaN
# ```"""
# prompt = """
# My `sales` have a `sku` column, and the `catalog` uses the SKU as its index. I need `name` and \
# `price` on every sale (missing for unknown SKUs like D4) plus `amount` = `qty` * `price`, rows \
# in the original order, as `priced`:
#
# ```text
# sales:
#   sku  qty
# 0  B2    3
# 1  A1    1
# 2  C3    4
# 3  A1    2
# 4  D4    5
#
# catalog:
#              name  price
# sku_code
# A1         anchor    2.5
# B2        bracket    1.2
# C3          clamp    4.0
# ```
#
# Expected:
#
# ```text
#   sku  qty     name  price  amount
# 0  B2    3  bracket    1.2     3.6
# 1  A1    1   anchor    2.5     2.5
# 2  C3    4    clamp    4.0    16.0
# 3  A1    2   anchor    2.5     5.0
# 4  D4    5      NaN    NaN     NaN
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'priced["sku"].tolist() == ["B2", "A1", "C3", "A1", "D4"] and [None if pd.isna(n) else n for n in priced["name"]] == ["bracket", "anchor", "clamp", "anchor", None]',
#     'np.allclose(priced["amount"].to_numpy(dtype=float), [3.6, 2.5, 16.0, 5.0, np.nan], equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['merging', 'index-alignment']
# ///
import pandas as pd

sales = pd.DataFrame({"sku": ["B2", "A1", "C3", "A1", "D4"], "qty": [3, 1, 4, 2, 5]})
catalog = pd.DataFrame(
    {"name": ["anchor", "bracket", "clamp"], "price": [2.5, 1.2, 4.0]},
    index=pd.Index(["A1", "B2", "C3"], name="sku_code"),
)
# the sales key is a column, the catalog key its index: left_on meets right_index
priced = sales.merge(catalog, left_on="sku", right_index=True, how="left")
priced["amount"] = priced["qty"] * priced["price"]
