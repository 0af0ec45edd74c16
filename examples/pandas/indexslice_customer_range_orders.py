# /// example
# task = """
# Index the order lines `orders` by (`customer`, `order_id`), sorted, into `lines`, and select \
# with `pd.IndexSlice` the `product` and `quantity` of every order of customers `C001` to \
# `C005` inclusive (all their orders) into `early_customers`."""
# prompt = """
# With `orders` indexed by `customer` then `order_id` (sorted) as `lines`, I want the `product` \
# and `quantity` columns for all orders of customers `C001` through `C005` (both included) as \
# `early_customers`. Show me how to slice the first level with `pd.IndexSlice`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'list(lines.index.names) == ["customer", "order_id"] and lines.index.is_monotonic_increasing and len(lines) == len(orders)',
#     'list(early_customers.columns) == ["product", "quantity"]',
#     'sorted(zip(early_customers.index.get_level_values("customer"), early_customers.index.get_level_values("order_id"), early_customers["product"], early_customers["quantity"])) == sorted((c, o, p, q) for c, o, p, q in zip(orders["customer"], orders["order_id"], orders["product"], orders["quantity"]) if "C001" <= c <= "C005")',
# ]
# difficulty = 'intermediate'
# tags = ['hierarchical-index', 'indexing']
# edge_cases = true
# ///
import pandas as pd

lines = orders.set_index(["customer", "order_id"]).sort_index()
# IndexSlice builds the tuple of slices: a label range on level 0, everything on level 1
early_customers = lines.loc[pd.IndexSlice["C001":"C005", :], ["product", "quantity"]]
