# /// example
# task = """
# This code should give `units`, a customer x product table of the total `quantity` each \
# customer ordered of each product in the order lines `orders` (0 where a customer never ordered \
# a product), but the numbers are averages per line, with NaN gaps:
#
# ```python
# units = orders.pivot_table(values="quantity", index="customer", columns="product")
# ```
#
# Fix it."""
# prompt = """
# I want `units`: for each customer (rows) and product (columns) of my `orders` lines, how many \
# units they bought in total, with 0 for combinations never ordered. I wrote
#
# ```python
# units = orders.pivot_table(values="quantity", index="customer", columns="product")
# ```
#
# but I get fractional numbers and NaN. What's off?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'sorted(units.index) == sorted(orders["customer"].unique()) and sorted(units.columns) == sorted(orders["product"].unique())',
#     'not units.isna().any().any()',
#     'all(np.isclose(units.loc[customer, product], orders.loc[(orders["customer"] == customer) & (orders["product"] == product), "quantity"].sum()) for customer in units.index for product in units.columns)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'reshaping', 'aggregation']
# edge_cases = true
# ///
# pivot_table averages by default (aggfunc="mean"): ask for the sum, and fill the
# customer-product pairs that never occur with 0 instead of NaN
units = orders.pivot_table(
    values="quantity", index="customer", columns="product", aggfunc="sum", fill_value=0
)
