# /// example
# task = """
# `with_prev` should be the lines of `orders` with a column `prev_order_date`: the latest \
# `order_date` of the same `customer` strictly before the line's own date (NaT when there is \
# none). This code raises an error:
#
# ```python
# import pandas as pd
#
# earlier = orders[["customer", "order_date"]].rename(columns={"order_date": "prev_order_date"})
# with_prev = pd.merge_asof(orders, earlier, left_on="order_date", right_on="prev_order_date",
#                           by="customer", allow_exact_matches=False)
# ```
#
# ```text
# ValueError: left keys must be sorted
# ```
#
# Fix it (the rows of `with_prev` may come in date order)."""
# prompt = """
# For every line in `orders` I want the date of that `customer`'s previous order, i.e. the latest \
# `order_date` strictly earlier than the line's date, as `prev_order_date` (NaT for a first \
# order), in a frame `with_prev` (date order is fine). This
#
# ```python
# import pandas as pd
#
# earlier = orders[["customer", "order_date"]].rename(columns={"order_date": "prev_order_date"})
# with_prev = pd.merge_asof(orders, earlier, left_on="order_date", right_on="prev_order_date",
#                           by="customer", allow_exact_matches=False)
# ```
#
# gives
#
# ```text
# ValueError: left keys must be sorted
# ```"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'len(with_prev) == len(orders) and sorted(with_prev["order_id"]) == sorted(orders["order_id"])',
#     '(lambda cust, dates: all((pd.isna(prev) and not ((cust == c) & (dates < np.datetime64(d))).any()) or np.datetime64(prev) == dates[(cust == c) & (dates < np.datetime64(d))].max() for c, d, prev in zip(with_prev["customer"], with_prev["order_date"], with_prev["prev_order_date"])))(orders["customer"].to_numpy(dtype=object), orders["order_date"].to_numpy())',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'merging', 'lags']
# edge_cases = true
# ///
import pandas as pd

# merge_asof needs both sides sorted by their time keys
by_date = orders.sort_values("order_date")
earlier = by_date[["customer", "order_date"]].rename(columns={"order_date": "prev_order_date"})
with_prev = pd.merge_asof(
    by_date,
    earlier,
    left_on="order_date",
    right_on="prev_order_date",
    by="customer",
    allow_exact_matches=False,
)
