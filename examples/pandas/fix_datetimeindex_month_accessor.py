# /// example
# task = """
# This code should give the mean `temperature` of `weather` (daily rows on a DatetimeIndex) for \
# each calendar month number 1-12 in `monthly_temp`, but it raises an error:
#
# ```python
# weather["month"] = weather.index.dt.month
# monthly_temp = weather.groupby("month")["temperature"].mean()
# ```
#
# ```text
# AttributeError: 'DatetimeIndex' object has no attribute 'dt'
# ```
#
# Fix it."""
# prompt = """
# My daily `weather` data has dates as its index. I want the average `temperature` per calendar \
# month (1 to 12) in `monthly_temp`:
#
# ```python
# weather["month"] = weather.index.dt.month
# monthly_temp = weather.groupby("month")["temperature"].mean()
# ```
#
# but I get
#
# ```text
# AttributeError: 'DatetimeIndex' object has no attribute 'dt'
# ```
#
# `.dt.month` works on my date columns, so why not here?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'list(monthly_temp.index) == sorted(set(weather.index.month))',
#     'np.allclose(monthly_temp.to_numpy(), [weather["temperature"].to_numpy()[weather.index.month == month].mean() for month in monthly_temp.index])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'datetime', 'groupby', 'aggregation']
# edge_cases = true
# ///
# a DatetimeIndex has the date fields itself; `.dt` is only for datetime columns (Series)
weather["month"] = weather.index.month
monthly_temp = weather.groupby("month")["temperature"].mean()
