# /// example
# task = """
# This loop averages the `response` of the dose-response table `dose_response` at each \
# `concentration` into `mean_response`, a Series indexed by concentration in increasing order:
#
# ```python
# import pandas as pd
#
# means = {}
# for level in sorted(dose_response["concentration"].unique()):
#     rows = dose_response[dose_response["concentration"] == level]
#     means[level] = rows["response"].mean()
# mean_response = pd.Series(means)
# ```
#
# It scans the whole table once per level. Compute the same `mean_response` in one pass."""
# prompt = """
# I average the replicate `response` values of my `dose_response` table at every `concentration` \
# into `mean_response` (indexed by concentration, increasing), like this:
#
# ```python
# import pandas as pd
#
# means = {}
# for level in sorted(dose_response["concentration"].unique()):
#     rows = dose_response[dose_response["concentration"] == level]
#     means[level] = rows["response"].mean()
# mean_response = pd.Series(means)
# ```
#
# With thousands of levels in a screening run it is slow. Is there a one-liner?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     'isinstance(mean_response, pd.Series)',
#     'np.allclose(mean_response.index.to_numpy(dtype=float), np.unique(dose_response["concentration"].to_numpy()))',
#     'np.allclose(mean_response.to_numpy(dtype=float), [dose_response["response"].to_numpy()[dose_response["concentration"].to_numpy() == level].mean() for level in np.unique(dose_response["concentration"].to_numpy())])',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'groupby', 'aggregation']
# edge_cases = true
# ///
# groupby sorts the levels and averages every group in a single pass over the rows
mean_response = dose_response.groupby("concentration")["response"].mean()
