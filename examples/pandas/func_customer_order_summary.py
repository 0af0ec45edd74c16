# /// example
# task = '''
# Write a function `customer_summary` with the signature and docstring below, then summarise the
# order lines `orders` per customer into `customers`.
#
# ```python
# def customer_summary(lines):
#     """One row per customer from order lines.
#
#     `lines` has the columns customer, order_id, order_date, quantity,
#     unit_price and returned. Exact duplicate lines count once and returned
#     lines are left out. Returns a DataFrame indexed by customer (sorted)
#     with the columns first_order and last_order (dates), n_orders (distinct
#     order_id), units (total quantity) and revenue (total quantity *
#     unit_price); customers whose lines were all returned do not appear.
#     """
# ```'''
# prompt = """
# I build the same customer table every month, so please write `customer_summary(lines)` for \
# order lines with the columns customer, order_id, order_date, quantity, unit_price and \
# returned. It should drop exact duplicate lines and returned lines, then give one row per \
# customer (sorted index) with `first_order`, `last_order`, `n_orders` (distinct order ids), \
# `units` (total quantity) and `revenue` (total quantity * unit_price); customers with only \
# returned lines disappear. Then run it on my `orders` lines into `customers`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'customer_summary(pd.DataFrame({"customer": ["b", "a", "a", "a", "b"], "order_id": [1, 2, 2, 3, 4], "order_date": pd.to_datetime(["2024-01-05", "2024-01-02", "2024-01-02", "2024-02-01", "2024-03-01"]), "quantity": [1, 2, 2, 1, 5], "unit_price": [10.0, 3.0, 3.0, 4.0, 1.0], "returned": [False, False, False, False, True]})).to_dict("index") == {"a": {"first_order": pd.Timestamp("2024-01-02"), "last_order": pd.Timestamp("2024-02-01"), "n_orders": 2, "units": 3, "revenue": 10.0}, "b": {"first_order": pd.Timestamp("2024-01-05"), "last_order": pd.Timestamp("2024-01-05"), "n_orders": 1, "units": 1, "revenue": 10.0}}',
#     'list(customer_summary(pd.DataFrame({"customer": ["z", "y"], "order_id": [5, 6], "order_date": pd.to_datetime(["2024-05-01", "2024-04-01"]), "quantity": [2, 3], "unit_price": [1.5, 2.0], "returned": [False, True]})).index) == ["z"]',
#     'list(customer_summary(pd.DataFrame({"customer": ["q"], "order_id": [9], "order_date": pd.to_datetime(["2024-06-01"]), "quantity": [4], "unit_price": [0.5], "returned": [False]})).columns) == ["first_order", "last_order", "n_orders", "units", "revenue"]',
#     'customers.index.tolist() == sorted(orders.loc[~orders["returned"], "customer"].unique())',
#     'all(np.isclose(row.revenue, (orders.drop_duplicates().loc[lambda d: (d["customer"] == name) & ~d["returned"], "quantity"] * orders.drop_duplicates().loc[lambda d: (d["customer"] == name) & ~d["returned"], "unit_price"]).sum()) and row.units == orders.drop_duplicates().loc[lambda d: (d["customer"] == name) & ~d["returned"], "quantity"].sum() for name, row in customers.iterrows())',
#     'all(row.n_orders == orders.loc[(orders["customer"] == name) & ~orders["returned"], "order_id"].nunique() and row.first_order == orders.loc[(orders["customer"] == name) & ~orders["returned"], "order_date"].min() and row.last_order == orders.loc[(orders["customer"] == name) & ~orders["returned"], "order_date"].max() for name, row in customers.iterrows())',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'groupby', 'aggregation', 'data-cleaning']
# edge_cases = true
# ///


def customer_summary(lines):
    """One row per customer from order lines.

    `lines` has the columns customer, order_id, order_date, quantity,
    unit_price and returned. Exact duplicate lines count once and returned
    lines are left out. Returns a DataFrame indexed by customer (sorted)
    with the columns first_order and last_order (dates), n_orders (distinct
    order_id), units (total quantity) and revenue (total quantity *
    unit_price); customers whose lines were all returned do not appear.
    """
    kept = lines.drop_duplicates()
    kept = kept[~kept["returned"]].assign(line_total=lambda d: d["quantity"] * d["unit_price"])
    # named aggregation gives every output column its own name and reduction in one pass
    return kept.groupby("customer").agg(
        first_order=("order_date", "min"),
        last_order=("order_date", "max"),
        n_orders=("order_id", "nunique"),
        units=("quantity", "sum"),
        revenue=("line_total", "sum"),
    )


customers = customer_summary(orders)
