# /// example
# task = """
# Total the daily `rainfall` of `weather` (DatetimeIndex) per calendar quarter, using the \
# index's year and quarter number (1-4). Store the totals in `quarterly_rain`, a Series indexed \
# by (year, quarter) pairs of integers."""
# prompt = """
# I need the rainfall total of every calendar quarter in my daily `weather` data, indexed by \
# year and quarter number 1-4 (e.g. (2023, 2)), as `quarterly_rain`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'np.isclose(quarterly_rain.sum(), weather["rainfall"].sum())',
#     'all(np.isclose(total, weather.loc[(weather.index.year == year) & ((weather.index.month - 1) // 3 + 1 == quarter), "rainfall"].sum()) for (year, quarter), total in quarterly_rain.items())',
#     'len(quarterly_rain) == len({(day.year, (day.month - 1) // 3 + 1) for day in weather.index})',
# ]
# difficulty = 'basic'
# tags = ['groupby', 'datetime', 'aggregation']
# edge_cases = true
# ///
dates = weather.index
# grouping by two arrays gives a (year, quarter) MultiIndex
quarterly_rain = weather["rainfall"].groupby([dates.year, dates.quarter]).sum()
