# /// example
# task = """
# This code should turn every value of the numeric table `measurements` into its share of the \
# row total, in `shares` (same rows and columns as `measurements`, each row summing to 1):
#
# ```python
# shares = measurements / measurements.sum(axis=1)
# ```
#
# It runs, but `shares` comes out all NaN, with one extra column per row label. Fix it."""
# prompt = """
# For my table `measurements` I want each value divided by its row's total, so every row of the \
# result `shares` sums to 1 and keeps the same rows and columns. I wrote
#
# ```python
# shares = measurements / measurements.sum(axis=1)
# ```
#
# but the result is full of NaN and has way more columns than my data. What did I do wrong?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'shares.shape == measurements.shape and list(shares.columns) == list(measurements.columns)',
#     'np.allclose(shares.to_numpy(), measurements.to_numpy() / measurements.to_numpy().sum(axis=1, keepdims=True), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'index-alignment', 'derived-columns']
# edge_cases = true
# ///
# `/` matches a Series against the columns; div(..., axis=0) matches the row totals to the rows
shares = measurements.div(measurements.sum(axis=1), axis=0)
