# /// example
# task = """
# This loop computes each customer's revenue from the order lines `orders` (quantity times unit \
# price, over the lines not returned; repeated lines count each time) into `revenue`, a Series \
# indexed by customer in sorted order:
#
# ```python
# import pandas as pd
#
# totals = {}
# for _, row in orders.iterrows():
#     if not row["returned"]:
#         totals[row["customer"]] = totals.get(row["customer"], 0.0) + row["quantity"] * row["unit_price"]
# revenue = pd.Series(totals, dtype=float).sort_index()
# ```
#
# It takes minutes on a few million lines. Compute the same `revenue` with whole-column operations."""
# prompt = """
# My order lines are in `orders` (customer, quantity, unit_price, returned, ...). I total each \
# customer's revenue, skipping returned lines, into `revenue` (indexed by customer, sorted) with \
# this loop:
#
# ```python
# import pandas as pd
#
# totals = {}
# for _, row in orders.iterrows():
#     if not row["returned"]:
#         totals[row["customer"]] = totals.get(row["customer"], 0.0) + row["quantity"] * row["unit_price"]
# revenue = pd.Series(totals, dtype=float).sort_index()
# ```
#
# On the full export with millions of rows it crawls. How do I get the same result fast?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'isinstance(revenue, pd.Series)',
#     'set(revenue.index) == set(orders.loc[~orders["returned"], "customer"])',
#     'list(revenue.index) == sorted(revenue.index)',
#     'all(np.isclose(revenue[customer], (lines["quantity"] * lines["unit_price"]).sum()) for customer, lines in orders[~orders["returned"]].groupby("customer"))',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'groupby', 'aggregation']
# edge_cases = true
# ///
# one multiplication over the kept lines, then one grouped sum: no Python-level loop over rows
kept = orders[~orders["returned"]]
revenue = (kept["quantity"] * kept["unit_price"]).groupby(kept["customer"]).sum().sort_index()
