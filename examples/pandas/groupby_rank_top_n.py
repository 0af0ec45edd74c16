# /// example
# task = """
# Rank the order lines of `orders` within each `customer` by `unit_price` (1 = most expensive, \
# ties broken by order of appearance) into the Series `price_rank`, then keep each customer's \
# three most expensive lines in `top3`."""
# prompt = """
# Rank the order lines of `orders` within each `customer` by `unit_price`, 1 being the most \
# expensive and ties broken by order of appearance, into a Series `price_rank` aligned with \
# `orders`; then keep each customer's three most expensive lines in `top3`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'price_rank.index.equals(orders.index)',
#     'set(top3.index) == {i for c in orders["customer"].unique() for i in orders.loc[orders["customer"] == c, "unit_price"].nlargest(3).index}',
#     'len(top3) == orders.groupby("customer")["unit_price"].count().clip(upper=3).sum()',
#     # 1 = the customer's most expensive line; equal prices ranked in order of appearance (method="first"),
#     # a missing price gets no rank; compared row by row
#     'np.array_equal(np.asarray(price_rank, dtype=float), orders.groupby("customer")["unit_price"].rank(method="first", ascending=False).to_numpy(dtype=float), equal_nan=True)',
# ]
# difficulty = 'advanced'
# tags = ['groupby', 'ranking']
# edge_cases = true
# ///
# method="first" breaks ties by order of appearance, so no customer keeps more than three lines
price_rank = orders.groupby("customer")["unit_price"].rank(ascending=False, method="first")
top3 = orders[price_rank <= 3]
