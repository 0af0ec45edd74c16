# /// example
# task = """
# `weekly_qty` should be the total `quantity` of `orders` per calendar week (weeks ending on \
# Sunday, labelled by that Sunday), taking the week from `order_date`. This code raises an error:
#
# ```python
# import pandas as pd
#
# weekly_qty = orders.groupby(pd.Grouper(freq="W"))["quantity"].sum()
# ```
#
# ```text
# TypeError: Only valid with DatetimeIndex, TimedeltaIndex or PeriodIndex, but got an instance of 'RangeIndex'
# ```
#
# Fix it."""
# prompt = """
# I want weekly totals of `quantity` from my `orders` table, weeks ending Sunday and labelled by \
# the Sunday, using the `order_date` column, in `weekly_qty`. The line
#
# ```python
# import pandas as pd
#
# weekly_qty = orders.groupby(pd.Grouper(freq="W"))["quantity"].sum()
# ```
#
# fails:
#
# ```text
# TypeError: Only valid with DatetimeIndex, TimedeltaIndex or PeriodIndex, but got an instance of 'RangeIndex'
# ```"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { orders = 'orders' }
# checks = [
#     'np.isclose(weekly_qty.sum(), orders["quantity"].sum())',
#     'all(pd.Timestamp(week).day_name() == "Sunday" for week in weekly_qty.index)',
#     'all(weekly_qty[week] == orders.loc[(orders["order_date"] > week - pd.Timedelta(days=7)) & (orders["order_date"] <= week), "quantity"].sum() for week in weekly_qty.index)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'groupby', 'resampling', 'datetime']
# edge_cases = true
# ///
import pandas as pd

# without key= the Grouper looks at the index, a RangeIndex here; point it at the date column
weekly_qty = orders.groupby(pd.Grouper(key="order_date", freq="W"))["quantity"].sum()
