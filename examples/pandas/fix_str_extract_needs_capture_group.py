# /// example
# task = """
# Station ids in `stations` look like `ST007`. This code should store the number part as \
# integers in `station_number` (a Series with the same index), but it raises an error:
#
# ```python
# station_number = stations["station"].str.extract(r"\\d+").astype(int)
# ```
#
# ```text
# ValueError: pattern contains no capture groups
# ```
#
# Fix it: `station_number` must be an integer Series (`ST007` -> 7), not a DataFrame."""
# prompt = """
# I'm pulling the number out of ids like `ST007` in my `stations` table:
#
# ```python
# station_number = stations["station"].str.extract(r"\\d+").astype(int)
# ```
#
# and get
#
# ```text
# ValueError: pattern contains no capture groups
# ```
#
# I want `station_number` as a plain integer Series (7 for `ST007`), same index."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'isinstance(station_number, pd.Series) and station_number.index.equals(stations.index)',
#     'pd.api.types.is_integer_dtype(station_number) and station_number.tolist() == [int(s[2:]) for s in stations["station"]]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'text-processing', 'parsing']
# edge_cases = true
# ///
# extract returns what the parentheses capture; expand=False gives a Series for one group
station_number = stations["station"].str.extract(r"(\d+)", expand=False).astype(int)
