# /// example
# task = """
# Keep the order lines of `orders` whose `customer` is one of `C001`, `C002`, `C003` and whose \
# `product` is `pen` or `notebook`, by passing a dict of allowed values per column to \
# `DataFrame.isin`, into `selected` (all columns, original order)."""
# prompt = """
# I want the order lines from `orders` where `customer` is `C001`, `C002` or `C003` and \
# `product` is `pen` or `notebook`, as `selected` with all columns in the original order. Can I \
# give `isin` one dict with the allowed values for each column?"""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'list(selected.columns) == list(orders.columns)',
#     'selected.equals(orders[[c in ("C001", "C002", "C003") and p in ("pen", "notebook") for c, p in zip(orders["customer"], orders["product"])]])',
# ]
# difficulty = 'basic'
# tags = ['row-selection']
# edge_cases = true
# ///
allowed = {"customer": ["C001", "C002", "C003"], "product": ["pen", "notebook"]}
# isin with a dict tests each column against its own list; all(axis=1) needs every test to pass
selected = orders[orders[list(allowed)].isin(allowed).all(axis=1)]
