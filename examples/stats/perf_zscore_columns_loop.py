# /// example
# task = """
# This loop standardises every column of the numeric table `measurements` to z-scores \
# (population standard deviation, ddof=0) into the 2-D array `z`:
#
# ```python
# import numpy as np
#
# values = measurements.to_numpy()
# z = np.empty_like(values)
# for j in range(values.shape[1]):
#     for i in range(values.shape[0]):
#         z[i, j] = (values[i, j] - values[:, j].mean()) / values[:, j].std()
# ```
#
# Replace the loops with one vectorised call that gives the same `z`."""
# prompt = """
# I standardise each column of `measurements` with two nested loops (ddof=0 SD), storing the \
# result in the array `z`:
#
# ```python
# import numpy as np
#
# values = measurements.to_numpy()
# z = np.empty_like(values)
# for j in range(values.shape[1]):
#     for i in range(values.shape[0]):
#         z[i, j] = (values[i, j] - values[:, j].mean()) / values[:, j].std()
# ```
#
# It recomputes the column means over and over. What's the one-liner?"""
# task_type = 'performance'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { measurements = 'measurements' }
# checks = [
#     'np.shape(z) == measurements.shape',
#     'np.allclose(z, (measurements.to_numpy() - measurements.to_numpy().mean(axis=0)) / measurements.to_numpy().std(axis=0))',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'standardization', 'column-wise']
# edge_cases = { constant = false, min_size = 2, max_size = 60, why = "z-scores need at least two rows and columns that vary; the loop being replaced is quadratic in the rows" }
# ///
from scipy import stats

# axis=0 standardises each column with its own mean and SD (ddof=0 by default)
z = stats.zscore(measurements.to_numpy(), axis=0)
