# /// example
# task = """
# This loop keeps the order lines of `orders` that are pens or notebooks bought 3 or more at a \
# time, in `bulk_stationery` (all columns, original order):
#
# ```python
# keep = []
# for i in range(len(orders)):
#     row = orders.iloc[i]
#     if row["product"] in ("pen", "notebook") and row["quantity"] >= 3:
#         keep.append(i)
# bulk_stationery = orders.iloc[keep]
# ```
#
# Replace the loop with a vectorised boolean mask that gives the same `bulk_stationery`."""
# prompt = """
# To find bulk stationery purchases I walk through `orders` row by row and keep the lines whose \
# `product` is "pen" or "notebook" with a `quantity` of 3 or more:
#
# ```python
# keep = []
# for i in range(len(orders)):
#     row = orders.iloc[i]
#     if row["product"] in ("pen", "notebook") and row["quantity"] >= 3:
#         keep.append(i)
# bulk_stationery = orders.iloc[keep]
# ```
#
# It's slow on the full order history. How do I get the same `bulk_stationery` without the loop?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'isinstance(bulk_stationery, pd.DataFrame) and list(bulk_stationery.columns) == list(orders.columns)',
#     'bulk_stationery.equals(orders[[p in ("pen", "notebook") and q >= 3 for p, q in zip(orders["product"], orders["quantity"])]])',
#     'len(bulk_stationery) == sum(p in ("pen", "notebook") and q >= 3 for p, q in zip(orders["product"], orders["quantity"]))',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'row-selection']
# edge_cases = true
# ///
# isin tests membership for the whole column; & combines the two masks element-wise
bulk_stationery = orders[orders["product"].isin(["pen", "notebook"]) & (orders["quantity"] >= 3)]
