# /// example
# task = """
# This code should cap every numeric column of the station table `stations` at that column's \
# 5th and 95th percentiles (linear interpolation), keeping the text column `station` unchanged, \
# and store the result in `capped` (same columns and index as `stations`), but it raises:
#
# ```python
# bounds = stations.quantile([0.05, 0.95])
# capped = stations.clip(lower=bounds.loc[0.05], upper=bounds.loc[0.95], axis=1)
# ```
#
# ```text
# TypeError: unsupported operand type(s) for -: 'str' and 'str'
# ```
#
# Fix it."""
# prompt = """
# I want to winsorise my `stations` table: each numeric column clipped to its own 5th and 95th \
# percentile, with the `station` name column left as it is, in a new frame `capped` with the same \
# columns and index. My attempt:
#
# ```python
# bounds = stations.quantile([0.05, 0.95])
# capped = stations.clip(lower=bounds.loc[0.05], upper=bounds.loc[0.95], axis=1)
# ```
#
# fails with
#
# ```text
# TypeError: unsupported operand type(s) for -: 'str' and 'str'
# ```
#
# How do I fix this?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'list(capped.columns) == list(stations.columns) and capped.index.equals(stations.index)',
#     'capped["station"].tolist() == stations["station"].tolist()',
#     'all(np.allclose(capped[column].to_numpy(dtype=float), np.clip(stations[column].to_numpy(), np.quantile(stations[column], 0.05), np.quantile(stations[column], 0.95))) for column in stations.columns if column != "station")',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'outliers', 'quantiles', 'column-wise']
# edge_cases = true
# ///
# quantile() cannot interpolate the text column `station`: compute and clip the numeric columns only
numeric_columns = stations.select_dtypes("number").columns
bounds = stations[numeric_columns].quantile([0.05, 0.95])
capped = stations.copy()
capped[numeric_columns] = stations[numeric_columns].clip(
    lower=bounds.loc[0.05], upper=bounds.loc[0.95], axis=1
)
