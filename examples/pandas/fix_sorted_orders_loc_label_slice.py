# /// example
# task = """
# This code should keep the five most recent order lines of `orders` in `latest_five`, newest \
# first, but it returns the wrong rows (often more or fewer than five), because after sorting \
# the index labels are no longer positions:
#
# ```python
# recent = orders.sort_values("order_date", ascending=False)
# latest_five = recent.loc[:4]
# ```
#
# Fix it so that `latest_five` holds exactly the five lines with the latest `order_date` (all \
# lines when there are fewer than five), newest first."""
# prompt = """
# I want the 5 newest order lines of `orders` in `latest_five`, newest first, so I sort and then \
# slice:
#
# ```python
# recent = orders.sort_values("order_date", ascending=False)
# latest_five = recent.loc[:4]
# ```
#
# but I get a random-looking number of rows, and not the latest ones. What's wrong? (If there \
# are fewer than 5 lines, I just want all of them.)"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'isinstance(latest_five, pd.DataFrame) and len(latest_five) == min(5, len(orders))',
#     'latest_five["order_date"].is_monotonic_decreasing',
#     'sorted(latest_five["order_date"].tolist()) == sorted(orders["order_date"].sort_values().tolist()[len(orders) - min(5, len(orders)):])',
#     'set(latest_five.columns) == set(orders.columns)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'indexing', 'sorting']
# edge_cases = true
# ///
# .loc slices by index label (up to the row labelled 4); take the first five positions instead
latest_five = orders.sort_values("order_date", ascending=False).iloc[:5]
