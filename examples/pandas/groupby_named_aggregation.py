# /// example
# task = """
# Summarise the order lines `orders` per `customer` with named aggregation: the mean \
# `unit_price` as `mean_price`, the number of order lines as `n_lines` and the largest \
# `quantity` as `max_quantity`; store the per-customer table in `summary`."""
# prompt = """
# Summarise my order lines `orders` per `customer` with named aggregation: mean `unit_price` as \
# `mean_price`, number of order lines as `n_lines`, and the largest `quantity` as \
# `max_quantity`, in that column order; store the table in `summary`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'list(summary.columns) == ["mean_price", "n_lines", "max_quantity"]',
#     'len(summary) == orders["customer"].nunique()',
#     'summary["n_lines"].sum() == len(orders)',
#     'all(np.isclose(summary.loc[c, "mean_price"], orders.loc[orders["customer"] == c, "unit_price"].mean(), equal_nan=True) for c in summary.index)',
#     'all(summary.loc[c, "max_quantity"] == orders.loc[orders["customer"] == c, "quantity"].max() for c in summary.index)',
# ]
# difficulty = 'basic'
# tags = ['groupby', 'aggregation']
# edge_cases = true
# ///
summary = orders.groupby("customer").agg(
    mean_price=("unit_price", "mean"),
    # size counts every line, even one whose price is missing
    n_lines=("unit_price", "size"),
    max_quantity=("quantity", "max"),
)
