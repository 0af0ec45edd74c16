# /// example
# task = """
# For each line of `orders`, `discounts` should hold the list price of its product (the highest \
# `unit_price` seen for that product) minus the price actually charged, in `orders`' row order. \
# This code raises an error:
#
# ```python
# list_prices = orders.groupby("product", as_index=False)["unit_price"].max()
# priced = orders.merge(list_prices, on="product", how="left")
# discounts = priced["list_price"] - priced["unit_price"]
# ```
#
# ```text
# KeyError: 'list_price'
# ```
#
# Fix it."""
# prompt = """
# I'm computing how much below list price each order line of `orders` was sold: list price = \
# the product's highest `unit_price`, discount = list price minus the charged price, as \
# `discounts` in the same order as the lines. My code:
#
# ```python
# list_prices = orders.groupby("product", as_index=False)["unit_price"].max()
# priced = orders.merge(list_prices, on="product", how="left")
# discounts = priced["list_price"] - priced["unit_price"]
# ```
#
# blows up with
#
# ```text
# KeyError: 'list_price'
# ```
#
# Why is the column not there?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'len(discounts) == len(orders)',
#     'np.allclose(np.asarray(discounts, dtype=float), orders.groupby("product")["unit_price"].transform("max").to_numpy(dtype=float) - orders["unit_price"].to_numpy(dtype=float), equal_nan=True)',
#     'bool((np.asarray(discounts, dtype=float)[~np.isnan(np.asarray(discounts, dtype=float))] >= 0).all())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'merging', 'groupby']
# edge_cases = true
# ///
list_prices = orders.groupby("product", as_index=False)["unit_price"].max()
# both tables have `unit_price`, so the merge called them unit_price_x / unit_price_y: name the
# lookup column first
list_prices = list_prices.rename(columns={"unit_price": "list_price"})
priced = orders.merge(list_prices, on="product", how="left")
discounts = priced["list_price"] - priced["unit_price"]
