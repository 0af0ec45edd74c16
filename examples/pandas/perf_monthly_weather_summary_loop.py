# /// example
# task = """
# This loop summarises the daily table `weather` by calendar month into `monthly`, indexed by \
# the first day of each month, with the month's highest `temperature` in `max_temperature` and \
# its total `rainfall` in `total_rainfall`:
#
# ```python
# import pandas as pd
#
# totals = {}
# for day, row in weather.iterrows():
#     month = pd.Timestamp(day.year, day.month, 1)
#     hottest, rain = totals.get(month, (-float("inf"), 0.0))
#     totals[month] = (max(hottest, row["temperature"]), rain + row["rainfall"])
# monthly = pd.DataFrame.from_dict(totals, orient="index", columns=["max_temperature", "total_rainfall"])
# ```
#
# Produce the same `monthly` without iterating over the rows."""
# prompt = """
# From my daily `weather` table (DatetimeIndex) I build a monthly summary `monthly`: the hottest \
# `temperature` of each month as `max_temperature` and the month's summed `rainfall` as \
# `total_rainfall`, indexed by the month's first day. My current code:
#
# ```python
# import pandas as pd
#
# totals = {}
# for day, row in weather.iterrows():
#     month = pd.Timestamp(day.year, day.month, 1)
#     hottest, rain = totals.get(month, (-float("inf"), 0.0))
#     totals[month] = (max(hottest, row["temperature"]), rain + row["rainfall"])
# monthly = pd.DataFrame.from_dict(totals, orient="index", columns=["max_temperature", "total_rainfall"])
# ```
#
# works but crawls on decades of station data. What's the pandas way?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'list(monthly.index) == sorted({pd.Timestamp(day.year, day.month, 1) for day in weather.index})',
#     'np.allclose(monthly["max_temperature"].to_numpy(dtype=float), [weather["temperature"].to_numpy()[(weather.index.year == month.year) & (weather.index.month == month.month)].max() for month in monthly.index])',
#     'np.allclose(monthly["total_rainfall"].to_numpy(dtype=float), [weather["rainfall"].to_numpy()[(weather.index.year == month.year) & (weather.index.month == month.month)].sum() for month in monthly.index])',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'resampling', 'time-series', 'aggregation']
# edge_cases = true
# ///
# "MS" bins the days by calendar month and labels each bin with the month's first day
monthly = (
    weather.resample("MS")
    .agg({"temperature": "max", "rainfall": "sum"})
    .rename(columns={"temperature": "max_temperature", "rainfall": "total_rainfall"})
)
