# /// example
# task = """
# Count the distinct orders (`order_id`) each `customer` placed per calendar month in the order \
# lines `orders`, grouping the `order_date` by month with a monthly grouper labelled by the first \
# day of the month. Store the counts in `orders_per_month`, a Series indexed by (month start, \
# customer) holding only the combinations that occur."""
# prompt = """
# From the order lines in `orders` I'd like to know how many separate orders each customer placed \
# in each month: count unique `order_id` per month of `order_date` (label the month by its first \
# day) and `customer`, as a Series `orders_per_month` with a (month, customer) index, leaving out \
# pairs without orders."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'all(pd.Timestamp(month).day == 1 for month, _ in orders_per_month.index)',
#     'all(count == orders.loc[(orders["customer"] == customer) & (orders["order_date"].dt.year == pd.Timestamp(month).year) & (orders["order_date"].dt.month == pd.Timestamp(month).month), "order_id"].nunique() for (month, customer), count in orders_per_month.items())',
#     'orders_per_month.sum() == orders.drop_duplicates("order_id")[["order_id", "customer"]].shape[0] and (orders_per_month > 0).all()',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'datetime', 'counting']
# edge_cases = true
# ///
import pandas as pd

# freq="MS" bins the dates by month and labels each bin with the month's first day
month = pd.Grouper(key="order_date", freq="MS")
# grouping by the grouper and a column lists only the (month, customer) pairs that occur
orders_per_month = orders.groupby([month, "customer"])["order_id"].nunique()
