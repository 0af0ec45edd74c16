# /// example
# task = """
# This code should keep the three highest stations of `stations` (by `elevation_m`) in \
# `highest`, but it raises an error:
#
# ```python
# ranked = stations.sort_values("elevation_m", ascending=False, inplace=True)
# highest = ranked.head(3)
# ```
#
# ```text
# AttributeError: 'NoneType' object has no attribute 'head'
# ```
#
# Fix it: `highest` must hold the three stations with the largest elevation (fewer if the table \
# is shorter), highest first, all columns; `stations` itself should stay unsorted."""
# prompt = """
# I sort my `stations` by `elevation_m` and take the top three as `highest`:
#
# ```python
# ranked = stations.sort_values("elevation_m", ascending=False, inplace=True)
# highest = ranked.head(3)
# ```
#
# ```text
# AttributeError: 'NoneType' object has no attribute 'head'
# ```
#
# Why is `ranked` None? I want `highest` = the three highest stations, highest first, all \
# columns (fewer when there are fewer stations), without reordering `stations`."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'isinstance(highest, pd.DataFrame) and list(highest.columns) == list(stations.columns) and len(highest) == min(3, len(stations))',
#     'np.allclose(highest["elevation_m"].to_numpy(dtype=float), np.concatenate([np.sort(stations["elevation_m"].dropna().to_numpy(dtype=float))[::-1], np.full(int(stations["elevation_m"].isna().sum()), np.nan)])[: len(highest)], equal_nan=True)',
#     'highest["elevation_m"].dropna().is_monotonic_decreasing',
#     'stations.equals(input_as_given("stations"))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'sorting']
# edge_cases = true
# ///
# inplace=True sorts the frame itself and returns None (and is deprecated in pandas 3.1): assign the result
ranked = stations.sort_values("elevation_m", ascending=False)
highest = ranked.head(3)
