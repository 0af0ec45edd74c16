# /// example
# task = """
# From the order lines in `orders` (several lines per `order_id`, rows not in date order), this \
# code should build `order_gaps`: one row per order with its `customer`, `order_date` and \
# `since_last`, the time since that customer's previous order (NaT for their first):
#
# ```python
# order_gaps = orders.drop_duplicates("order_id")[["customer", "order_date"]].copy()
# order_gaps["since_last"] = order_gaps.groupby("customer")["order_date"].diff()
# ```
#
# It runs, but many gaps come out negative. Fix it."""
# prompt = """
# My `orders` table has one row per order line (several per `order_id`), and the rows are not \
# sorted by date. I want `order_gaps` with one row per order: the `customer`, the `order_date` and \
# `since_last`, how long since the same customer's previous order (NaT for a first order):
#
# ```python
# order_gaps = orders.drop_duplicates("order_id")[["customer", "order_date"]].copy()
# order_gaps["since_last"] = order_gaps.groupby("customer")["order_date"].diff()
# ```
#
# Some of the gaps are negative, which can't be right. What's wrong?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'len(order_gaps) == orders["order_id"].nunique()',
#     'bool((order_gaps["since_last"].dropna() >= pd.Timedelta(0)).all())',
#     # per customer, the gaps are the differences of that customer's sorted order dates
#     '(lambda firsts: all(np.array_equal(np.sort(order_gaps.loc[(order_gaps["customer"] == customer).to_numpy(), "since_last"].dropna().to_numpy()), np.sort(np.diff(np.sort(firsts.loc[(firsts["customer"] == customer).to_numpy(), "order_date"].to_numpy())))) for customer in set(firsts["customer"])))(orders.drop_duplicates("order_id"))',
#     'order_gaps["since_last"].isna().sum() == orders["customer"].nunique()',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'lags', 'sorting', 'groupby', 'datetime']
# edge_cases = true
# ///
# diff subtracts the previous row, not the previous date: sort by date first
order_gaps = (
    orders.drop_duplicates("order_id")[["customer", "order_date"]].sort_values("order_date").copy()
)
order_gaps["since_last"] = order_gaps.groupby("customer")["order_date"].diff()
