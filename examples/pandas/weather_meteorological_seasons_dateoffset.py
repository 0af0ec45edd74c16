# /// example
# task = """
# Average the daily `temperature` of `weather` (DatetimeIndex) per meteorological season: \
# winter = December-February, spring = March-May, summer = June-August, autumn = \
# September-November, where December (month 12) belongs to the winter of the following year (December \
# 2023 is in winter 2024). Shift the dates one month forward with a DateOffset to get the season \
# year. Store the means in `seasonal`, a Series indexed by (season year, season name)."""
# prompt = """
# I need mean `temperature` per meteorological season from my daily `weather` data: winter \
# (Dec-Feb), spring (Mar-May), summer (Jun-Aug), autumn (Sep-Nov), with December (month 12) counted in the \
# next year's winter (Dec 2023 -> winter 2024). Give me `seasonal` indexed by (season year, \
# season name)."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { weather = 'weather' }
# checks = [
#     'np.isclose(sum(seasonal[key] * sum(1 for day in weather.index if (day.year + (day.month == 12), ["winter", "spring", "summer", "autumn"][day.month % 12 // 3]) == key) for key in seasonal.index), weather["temperature"].sum())',
#     'all(np.isclose(seasonal[(year, name)], weather["temperature"][[(day.year + (day.month == 12), ["winter", "spring", "summer", "autumn"][day.month % 12 // 3]) == (year, name) for day in weather.index]].mean()) for year, name in seasonal.index)',
#     'len(seasonal) == len({(day.year + (day.month == 12), day.month % 12 // 3) for day in weather.index})',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'datetime', 'aggregation']
# edge_cases = true
# ///
import numpy as np
import pandas as pd

# one month later, Dec-Feb all fall in Jan-Mar of the season's year; months 1-3 -> winter
shifted = weather.index + pd.DateOffset(months=1)
season = np.array(["winter", "spring", "summer", "autumn"])[(shifted.month - 1) // 3]
seasonal = weather["temperature"].groupby([shifted.year, season]).mean()
