# /// example
# task = """
# This code should give `rolling_units`: for every date on which `orders` has order lines \
# (sorted), the total `quantity` ordered in the 7 days ending that date (the date and the six \
# days before it), but it raises:
#
# ```python
# rolling_units = orders.set_index("order_date")["quantity"].rolling("7D").sum()
# ```
#
# ```text
# ValueError: index values must be monotonic
# ```
#
# Fix it."""
# prompt = """
# For each day that has orders in my `orders` lines I want the units ordered over the past week, \
# that day included (7 days), as `rolling_units`, one value per order date in date order:
#
# ```python
# rolling_units = orders.set_index("order_date")["quantity"].rolling("7D").sum()
# ```
#
# pandas refuses with
#
# ```text
# ValueError: index values must be monotonic
# ```"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'list(rolling_units.index) == sorted(orders["order_date"].unique())',
#     'np.allclose(rolling_units.to_numpy(dtype=float), [orders.loc[(orders["order_date"] > day - pd.Timedelta(days=7)) & (orders["order_date"] <= day), "quantity"].sum() for day in rolling_units.index])',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'rolling-window', 'time-series', 'sorting']
# edge_cases = true
# ///
# a time-based window needs the dates in order, and one row per date so that every line of a
# day is inside that day's window: total each day (groupby sorts the dates), then roll
per_day = orders.groupby("order_date")["quantity"].sum()
rolling_units = per_day.rolling("7D").sum()
