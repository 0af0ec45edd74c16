# /// example
# task = """
# For the order lines `orders` (with `quantity` and `unit_price`), add a `revenue` column equal \
# to quantity times unit price using `DataFrame.eval`, store the result in `with_revenue` \
# (`orders` itself unchanged), store the median line revenue (missing revenues skipped) in the \
# Python variable `threshold`, and select with `DataFrame.query`, referring to `threshold`, \
# the lines whose revenue is at least `threshold` (a line exactly at the median counts) into \
# `big_lines`."""
# prompt = """
# I want the big order lines from `orders`: compute `revenue` = `quantity` * `unit_price` with \
# `eval` into a new frame `with_revenue` (don't modify `orders`), put the median line revenue \
# (skipping missing ones) in a Python variable `threshold`, then use `query` with that \
# variable to keep the lines with revenue of `threshold` or more (the median line itself \
# included) as `big_lines`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'np.allclose(with_revenue["revenue"].to_numpy(dtype=float), orders["quantity"].to_numpy(dtype=float) * orders["unit_price"].to_numpy(dtype=float), equal_nan=True)',
#     'orders.equals(input_as_given("orders")) and len(with_revenue) == len(orders)',
#     'np.isclose(threshold, (orders["quantity"] * orders["unit_price"]).median(), equal_nan=True)',
#     # with an odd number of lines the median is one line's revenue: ">=" must keep that line
#     'list(big_lines.index) == list(orders.index[(orders["quantity"] * orders["unit_price"]).to_numpy(dtype=float) >= (orders["quantity"] * orders["unit_price"]).median()])',
#     '(big_lines["revenue"] >= threshold).all() and list(big_lines.columns) == list(with_revenue.columns)',
# ]
# difficulty = 'basic'
# tags = ['derived-columns', 'row-selection']
# edge_cases = true
# ///
# eval returns a new frame when the expression assigns a column
with_revenue = orders.eval("revenue = quantity * unit_price")
threshold = with_revenue["revenue"].median()
# @threshold refers to the local Python variable inside the query string
big_lines = with_revenue.query("revenue >= @threshold")
