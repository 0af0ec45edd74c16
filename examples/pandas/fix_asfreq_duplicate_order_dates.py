# /// example
# task = """
# This code should give `daily_units`, the total `quantity` of the order lines `orders` per \
# calendar day, for every day from the first to the last `order_date` (0 on days without \
# orders), but it raises because several lines share a date:
#
# ```python
# daily_units = orders.set_index("order_date")["quantity"].sort_index().asfreq("D", fill_value=0)
# ```
#
# ```text
# ValueError: cannot reindex on an axis with duplicate labels
# ```
#
# Fix it."""
# prompt = """
# I want a daily series `daily_units` from my order lines `orders`: the summed `quantity` for \
# each day between the first and last `order_date`, with 0 where nothing was ordered. I tried
#
# ```python
# daily_units = orders.set_index("order_date")["quantity"].sort_index().asfreq("D", fill_value=0)
# ```
#
# but it fails with
#
# ```text
# ValueError: cannot reindex on an axis with duplicate labels
# ```"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'list(daily_units.index) == list(pd.date_range(orders["order_date"].min(), orders["order_date"].max(), freq="D"))',
#     'np.allclose(daily_units.to_numpy(dtype=float), [orders.loc[orders["order_date"] == day, "quantity"].sum() for day in pd.date_range(orders["order_date"].min(), orders["order_date"].max(), freq="D")])',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'time-series', 'resampling', 'aggregation']
# edge_cases = true
# ///
# asfreq reindexes, which needs one row per date: sum the lines of each day first
per_day = orders.groupby("order_date")["quantity"].sum()
daily_units = per_day.asfreq("D", fill_value=0)
