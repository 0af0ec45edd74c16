# /// example
# task = """
# Select the order lines of `orders` with a `quantity` of 2 to 4 inclusive (`Series.between`) for \
# the products `pen` or `notebook` (`Series.isin`); store them in `stationery`."""
# prompt = """
# From my order lines `orders`, pick out the lines with a `quantity` of 2 to 4 inclusive whose \
# `product` is "pen" or "notebook", and store them in `stationery`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'stationery["quantity"].between(2, 4).all()',
#     'stationery["product"].isin(["pen", "notebook"]).all()',
#     'len(stationery) == ((orders["quantity"] >= 2) & (orders["quantity"] <= 4) & orders["product"].isin(["pen", "notebook"])).sum()',
# ]
# difficulty = 'basic'
# tags = ['row-selection']
# edge_cases = true
# ///
# between includes both bounds by default (inclusive="both"), so quantities 2 and 4 are kept
stationery = orders[orders["quantity"].between(2, 4) & orders["product"].isin(["pen", "notebook"])]
