# /// example
# task = """
# This row-wise `apply` builds, for every line of `orders`, a text key `"<customer>-<order_id>"` \
# (e.g. `C004-1000`) into the Series `order_key`:
#
# ```python
# order_key = orders.apply(lambda row: f"{row['customer']}-{row['order_id']}", axis=1)
# ```
#
# Build the same `order_key` (same values, same index) with vectorised string operations."""
# prompt = """
# I make a join key `order_key` like `C004-1000` (`customer`, a dash, `order_id`) for each line of \
# `orders` with
#
# ```python
# order_key = orders.apply(lambda row: f"{row['customer']}-{row['order_id']}", axis=1)
# ```
#
# which takes ages on the full history. What's the vectorised version giving the same Series?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'isinstance(order_key, pd.Series) and order_key.index.equals(orders.index)',
#     'order_key.tolist() == [f"{c}-{i}" for c, i in zip(orders["customer"], orders["order_id"])]',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'text-processing']
# edge_cases = true
# ///
# whole-column concatenation; the integer ids become text first
order_key = orders["customer"] + "-" + orders["order_id"].astype(str)
