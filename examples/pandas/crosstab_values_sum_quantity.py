# /// example
# task = """
# From the order lines `orders`, build a customer-by-product table `qty_table` with one row per \
# `customer`, one column per `product` and in each cell the total `quantity` that customer \
# ordered of that product; pairs that never occur hold 0."""
# prompt = """
# How many units of each product did every customer buy? From my `orders` lines I'd like a grid \
# `qty_table`: each `customer` down the side, each `product` across the top, summed `quantity` in the cells \
# and 0 where a customer never bought that product."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'sorted(qty_table.index) == sorted(orders["customer"].unique()) and sorted(qty_table.columns) == sorted(orders["product"].unique())',
#     '(lambda cust, prod, qty: all(np.isclose(qty_table.loc[a, b], qty[(cust == a) & (prod == b)].sum()) for a in qty_table.index for b in qty_table.columns))(orders["customer"].to_numpy(dtype=object), orders["product"].to_numpy(dtype=object), orders["quantity"].to_numpy())',
#     'np.isclose(np.asarray(qty_table, dtype=float).sum(), orders["quantity"].sum())',
# ]
# difficulty = 'basic'
# tags = ['reshaping', 'aggregation']
# edge_cases = true
# ///
import pandas as pd

# values= with aggfunc="sum" totals quantity per cell; pairs without lines become 0
qty_table = pd.crosstab(
    orders["customer"], orders["product"], values=orders["quantity"], aggfunc="sum"
).fillna(0)
