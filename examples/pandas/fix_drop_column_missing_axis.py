# /// example
# task = """
# This code should remove the `temperature` column from the station table `stations` into \
# `metadata`, but it raises an error:
#
# ```python
# metadata = stations.drop("temperature")
# ```
#
# ```text
# KeyError: "['temperature'] not found in axis"
# ```
#
# Fix it: `metadata` must have every column of `stations` except `temperature`, all rows."""
# prompt = """
# I just want my `stations` table without the `temperature` column, as `metadata`:
#
# ```python
# metadata = stations.drop("temperature")
# ```
#
# ```text
# KeyError: "['temperature'] not found in axis"
# ```
#
# The column is definitely there. What am I missing?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'list(metadata.columns) == [c for c in stations.columns if c != "temperature"]',
#     'metadata.index.equals(stations.index) and metadata["station"].tolist() == stations["station"].tolist()',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'indexing']
# edge_cases = true
# ///
# drop looks for row labels by default; columns= (or axis=1) drops columns
metadata = stations.drop(columns="temperature")
