list_prices = orders.groupby("product", as_index=False)["unit_price"].max()
# suffixes: keep the order's own column name, tag the looked-up one
priced = orders.merge(list_prices, on="product", how="left", suffixes=("", "_list"))
discounts = priced["unit_price_list"] - priced["unit_price"]
