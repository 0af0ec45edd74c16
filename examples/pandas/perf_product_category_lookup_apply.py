# /// example
# task = """
# Each `product` of the order lines `orders` belongs to a category given by the dict `category` \
# in the code below. This code builds the Series `line_category` (aligned with `orders`) by \
# calling a Python function per row, then sums the revenue (`quantity` x `unit_price`) per \
# category in `category_revenue`:
#
# ```python
# category = {"pen": "stationery", "notebook": "stationery", "stapler": "stationery",
#             "monitor": "electronics", "mouse": "electronics", "desk lamp": "furniture"}
# line_category = orders.apply(lambda row: category[row["product"]], axis=1)
# category_revenue = {}
# for name, quantity, price in zip(line_category, orders["quantity"], orders["unit_price"]):
#     category_revenue[name] = category_revenue.get(name, 0.0) + quantity * price
# ```
#
# Build the same `line_category` without the row-wise `apply`, and `category_revenue` (indexed \
# by category) without the loop."""
# prompt = """
# I tag every line of `orders` with the category of its `product` from the dict `category` and then want revenue \
# (`quantity` x `unit_price`) per category. The tagging is a row-wise apply:
#
# ```python
# category = {"pen": "stationery", "notebook": "stationery", "stapler": "stationery",
#             "monitor": "electronics", "mouse": "electronics", "desk lamp": "furniture"}
# line_category = orders.apply(lambda row: category[row["product"]], axis=1)
# category_revenue = {}
# for name, quantity, price in zip(line_category, orders["quantity"], orders["unit_price"]):
#     category_revenue[name] = category_revenue.get(name, 0.0) + quantity * price
# ```
#
# Please vectorise both (same Series `line_category`, aligned with `orders`, and \
# `category_revenue` indexed by category)."""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'line_category.index.equals(orders.index) and list(line_category) == [category[product] for product in orders["product"]]',
#     'all(np.isclose(category_revenue[name], sum(q * p for q, p, product in zip(orders["quantity"], orders["unit_price"], orders["product"]) if category[product] == name)) for name in set(category[product] for product in orders["product"]))',
#     'np.isclose(sum(category_revenue[name] for name in set(line_category)), (orders["quantity"] * orders["unit_price"]).sum())',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'recoding', 'groupby', 'aggregation']
# edge_cases = true
# ///
category = {
    "pen": "stationery",
    "notebook": "stationery",
    "stapler": "stationery",
    "monitor": "electronics",
    "mouse": "electronics",
    "desk lamp": "furniture",
}
# map looks every product up in the dict at once
line_category = orders["product"].map(category)
revenue = orders["quantity"] * orders["unit_price"]
category_revenue = revenue.groupby(line_category).sum()
