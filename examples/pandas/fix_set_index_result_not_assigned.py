# /// example
# task = """
# This code should index the order lines `orders` by `order_id` and pull out all lines of order \
# 1000 into `order_lines` (a DataFrame, even if the order has a single line), but it raises an \
# error:
#
# ```python
# orders.set_index("order_id")
# order_lines = orders.loc[1000]
# ```
#
# ```text
# KeyError: 1000
# ```
#
# Fix it: `order_lines` must hold every line of order 1000, indexed by `order_id`, with the \
# other columns."""
# prompt = """
# I index my `orders` lines by `order_id` and then look up order 1000:
#
# ```python
# orders.set_index("order_id")
# order_lines = orders.loc[1000]
# ```
#
# but I get
#
# ```text
# KeyError: 1000
# ```
#
# even though order 1000 exists. I want all its lines as a DataFrame `order_lines` (also when \
# there's only one line), indexed by `order_id`."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'isinstance(order_lines, pd.DataFrame) and order_lines.index.name == "order_id"',
#     'len(order_lines) == int((orders["order_id"] == 1000).sum()) and (order_lines.index == 1000).all()',
#     'sorted(order_lines["product"].tolist()) == sorted(orders.loc[orders["order_id"] == 1000, "product"].tolist())',
#     '"order_id" not in order_lines.columns',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'indexing']
# edge_cases = true
# ///
# set_index returns a new frame: assign it; a list of labels keeps .loc returning a DataFrame
orders_by_id = orders.set_index("order_id")
order_lines = orders_by_id.loc[[1000]]
