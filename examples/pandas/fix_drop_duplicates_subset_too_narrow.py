# /// example
# task = """
# The order table `orders` has one row per order line (an order can hold several products), and \
# the export repeated a few lines exactly. This code should remove the repeated lines into \
# `clean` and count the lines of each order in `lines_per_order` (a Series indexed by \
# `order_id`):
#
# ```python
# clean = orders.drop_duplicates(subset="order_id")
# lines_per_order = clean.groupby("order_id").size()
# ```
#
# It runs, but every order now has exactly one line: legitimate lines were dropped too. Fix it."""
# prompt = """
# Our order export `orders` (one row per order line, several lines per order) has some lines \
# repeated verbatim. I want them removed (`clean`) and then the number of lines per order \
# (`lines_per_order`, indexed by `order_id`):
#
# ```python
# clean = orders.drop_duplicates(subset="order_id")
# lines_per_order = clean.groupby("order_id").size()
# ```
#
# Now every order shows a single line, which is wrong. What should I deduplicate on?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'not clean.duplicated().any()',
#     'len(clean) == len(set(map(tuple, orders.astype(str).to_numpy())))',
#     'set(clean["order_id"]) == set(orders["order_id"])',
#     # each order keeps its distinct lines
#     'all(lines_per_order[order] == len(set(map(tuple, orders[orders["order_id"] == order].astype(str).to_numpy()))) for order in orders["order_id"].unique())',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'data-cleaning', 'groupby', 'counting']
# edge_cases = true
# ///
# order_id alone is not a line's identity: drop only rows repeated in every column
clean = orders.drop_duplicates()
lines_per_order = clean.groupby("order_id").size()
