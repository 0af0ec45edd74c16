# /// example
# task = """
# This code should keep the order lines of `orders` whose `product` is `pen` in `pen_lines`, \
# but it raises an error:
#
# ```python
# pen_lines = orders[orders["product"].isin("pen")]
# ```
#
# ```text
# TypeError: only list-like objects are allowed to be passed to isin(), you passed a `str`
# ```
#
# Fix it so that `pen_lines` holds exactly the `pen` lines, all columns, in their original order."""
# prompt = """
# I only want the pen order lines of `orders` in `pen_lines` (all columns, original order), so I \
# wrote
#
# ```python
# pen_lines = orders[orders["product"].isin("pen")]
# ```
#
# and got
#
# ```text
# TypeError: only list-like objects are allowed to be passed to isin(), you passed a `str`
# ```
#
# What's the right call?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'isinstance(pen_lines, pd.DataFrame) and list(pen_lines.columns) == list(orders.columns)',
#     'pen_lines.equals(orders[[p == "pen" for p in orders["product"]]])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'row-selection']
# edge_cases = true
# ///
# isin expects a collection of values: wrap the single product in a list
pen_lines = orders[orders["product"].isin(["pen"])]
