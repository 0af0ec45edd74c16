# /// example
# task = """
# Count the rainy days (`rainfall` above 1 mm) of `weather` per calendar month using \
# `to_period("M")`, then `reindex` the counts onto the full `pd.period_range` from January of the \
# first year to December of the last year, with 0 for months without data; store the Series in \
# `rainy_days`."""
# prompt = """
# Count the rainy days (`rainfall` above 1 mm) of `weather` per calendar month as monthly \
# periods, then reindex the counts onto the full monthly period range from January of the first \
# year to December of the last year, with 0 for months without data. Store the Series, with a \
# PeriodIndex of frequency "M", in `rainy_days`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'len(rainy_days) == 12 * (weather.index.year.max() - weather.index.year.min() + 1)',
#     'rainy_days.sum() == (weather["rainfall"] > 1).sum()',
#     'isinstance(rainy_days.index, pd.PeriodIndex) and rainy_days.index.freqstr == "M"',
#     'rainy_days.notna().all()',
# ]
# difficulty = 'advanced'
# tags = ['datetime', 'index-alignment', 'time-series']
# edge_cases = true
# ///
import pandas as pd

rainy = weather["rainfall"] > 1
per_month = rainy.groupby(weather.index.to_period("M")).sum()
all_months = pd.period_range(
    f"{weather.index.year.min()}-01", f"{weather.index.year.max()}-12", freq="M"
)
# groupby only creates months that have data; reindex adds the other months of those years as 0
rainy_days = per_month.reindex(all_months, fill_value=0)
