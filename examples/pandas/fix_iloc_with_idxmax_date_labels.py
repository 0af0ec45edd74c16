# /// example
# task = """
# `hottest` should hold the full row of `weather` (daily DatetimeIndex, `temperature`, \
# `rainfall`) for the hottest day of each calendar month (year and month), indexed by those \
# dates. This code raises an error:
#
# ```python
# months = weather.index.to_period("M")
# hottest = weather.iloc[weather.groupby(months)["temperature"].idxmax()]
# ```
#
# ```text
# IndexError: positional indexers are out-of-bounds
# ```
#
# Fix it."""
# prompt = """
# I'm pulling the hottest day of each month out of my daily `weather` frame, whole rows, indexed \
# by their dates, into `hottest`:
#
# ```python
# months = weather.index.to_period("M")
# hottest = weather.iloc[weather.groupby(months)["temperature"].idxmax()]
# ```
#
# but it fails with
#
# ```text
# IndexError: positional indexers are out-of-bounds
# ```"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'list(hottest.columns) == list(weather.columns) and len(hottest) == len(set(weather.index.strftime("%Y-%m")))',
#     'all(np.isclose(row["temperature"], weather.loc[weather.index.strftime("%Y-%m") == day.strftime("%Y-%m"), "temperature"].max()) and np.isclose(row["rainfall"], weather.loc[day, "rainfall"]) for day, row in hottest.iterrows())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'groupby', 'indexing', 'sorting']
# edge_cases = true
# ///
months = weather.index.to_period("M")
# idxmax returns index labels (dates), which select with loc; iloc expects row positions
hottest = weather.loc[weather.groupby(months)["temperature"].idxmax()]
