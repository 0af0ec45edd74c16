# /// example
# task = """
# Group the daily `weather` rows by calendar month (`weather.index.to_period("M")`). Keep the \
# first three days of every month with `groupby(...).head(3)` in `first_days`, and the first and \
# last day of every month with `groupby(...).nth([0, -1])` in `month_edges`; both keep the \
# original rows, their dates as the index and missing readings as they are (unlike `first()`, \
# which would skip NaN per column)."""
# prompt = """
# From my daily `weather` table I want, for every calendar month, the first three days \
# (`first_days`) and the first and last day (`month_edges`). Keep them as the original rows with \
# their dates, and keep missing readings as they are: don't let it pick the first non-missing \
# value per column."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'first_days.index.equals(weather.index[weather.index.to_series().groupby(weather.index.to_period("M")).cumcount().to_numpy() < 3])',
#     'first_days.equals(weather.loc[first_days.index])',
#     'set(month_edges.index) == set(weather.index.to_series().groupby(weather.index.to_period("M")).agg(["min", "max"]).stack())',
#     'month_edges.index.is_monotonic_increasing and month_edges.equals(weather.loc[month_edges.index])',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'row-selection', 'time-series', 'missing-data']
# [edge_cases]
# nan = true
# why = 'readings may be missing, and nth and head must keep those rows as they are'
# ///
month = weather.index.to_period("M")

first_days = weather.groupby(month).head(3)
# nth selects rows (in their original order), it does not reduce each column like first()/last()
month_edges = weather.groupby(month).nth([0, -1])
