# /// example
# task = """
# This code should give `with_means`: the rows of `measurements` followed by one extra row holding \
# the mean of each column, with a fresh 0..n index, but it raises an error:
#
# ```python
# with_means = measurements.append(measurements.mean(), ignore_index=True)
# ```
#
# ```text
# AttributeError: 'DataFrame' object has no attribute 'append'
# ```
#
# Fix it."""
# prompt = """
# I want to add a summary row with the column means at the bottom of my table `measurements`, \
# renumbering the rows, and keep it as `with_means`. This is from an older script:
#
# ```python
# with_means = measurements.append(measurements.mean(), ignore_index=True)
# ```
#
# and now it fails with
#
# ```text
# AttributeError: 'DataFrame' object has no attribute 'append'
# ```
#
# What should I use instead?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'with_means.shape == (len(measurements) + 1, measurements.shape[1])',
#     'list(with_means.columns) == list(measurements.columns) and list(with_means.index) == list(range(len(measurements) + 1))',
#     'np.allclose(with_means.iloc[:-1].to_numpy(dtype=float), measurements.to_numpy())',
#     'np.allclose(with_means.iloc[-1].to_numpy(dtype=float), measurements.to_numpy().mean(axis=0))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'merging', 'aggregation']
# edge_cases = true
# ///
import pandas as pd

# DataFrame.append was removed in pandas 2.0: concatenate the means as a one-row frame instead
with_means = pd.concat([measurements, measurements.mean().to_frame().T], ignore_index=True)
