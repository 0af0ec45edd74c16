# /// example
# task = """
# For each (`customer`, `product`) pair of the order lines `orders`, keep only the most recent \
# line: sort by `order_date`, then `drop_duplicates(subset=[...], keep="last")`; store the rows in \
# `latest_lines`, and the number of rows that `duplicated` flags on the same subset in \
# `n_duplicates`."""
# prompt = """
# For each (`customer`, `product`) pair in my order lines `orders`, I only want the most recent \
# purchase: sort by `order_date` and keep the last line per pair, storing those rows in \
# `latest_lines`. Also store in `n_duplicates` how many rows are flagged as duplicates on that \
# same pair of columns."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'len(latest_lines) == len(orders) - n_duplicates',
#     'len(latest_lines) == len(orders[["customer", "product"]].value_counts(dropna=False))',
#     'all(r.order_date == orders.loc[(orders["customer"] == r.customer) & (orders["product"] == r.product), "order_date"].max() for r in latest_lines.itertuples())',
# ]
# difficulty = 'intermediate'
# tags = ['data-cleaning', 'sorting']
# edge_cases = true
# ///
n_duplicates = int(orders.duplicated(subset=["customer", "product"]).sum())
# after sorting by date, the last line of each pair is its most recent purchase
latest_lines = orders.sort_values("order_date").drop_duplicates(
    subset=["customer", "product"], keep="last"
)
