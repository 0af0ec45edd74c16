# /// example
# task = """
# This code should compute the 90th percentile of every row of the 2-D array `matrix` in a process \
# pool and store them, in row order, in the 1-D array `row_p90`, but it raises an error:
#
# ```python
# from concurrent.futures import ProcessPoolExecutor
#
# import numpy as np
#
# with ProcessPoolExecutor(max_workers=2) as executor:
#     row_p90 = np.array(list(executor.map(lambda row: np.percentile(row, 90), matrix)))
# ```
#
# ```text
# PicklingError: Can't pickle <function <lambda> at 0x7f98de5b51c0>: attribute lookup <lambda> on __main__ failed
# ```
#
# Fix it, keeping the process pool."""
# prompt = """
# I want the 90th percentile of each row of `matrix` in `row_p90` (row order), computed in a \
# process pool:
#
# ```python
# from concurrent.futures import ProcessPoolExecutor
#
# import numpy as np
#
# with ProcessPoolExecutor(max_workers=2) as executor:
#     row_p90 = np.array(list(executor.map(lambda row: np.percentile(row, 90), matrix)))
# ```
#
# and I get
#
# ```text
# PicklingError: Can't pickle <function <lambda> at 0x7f98de5b51c0>: attribute lookup <lambda> on __main__ failed
# ```
#
# How do I keep using processes here?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['numpy']
# inputs = { matrix = 'matrix' }
# checks = [
#     'row_p90.shape == (matrix.shape[0],)',
#     'np.allclose(row_p90, np.percentile(matrix, 90, axis=1), equal_nan=True)',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'parallelism', 'quantiles']
# edge_cases = true
# # seconds: a process pool starts its workers afresh in every run (a few seconds each on a busy
# # two-core machine)
# timeout = 120
# ///
from concurrent.futures import ProcessPoolExecutor
from functools import partial

import numpy as np

# the pool pickles the function to send it to the workers, and pickle stores functions by
# name: a lambda has none. partial of the module-level np.percentile pickles fine
row_percentile = partial(np.percentile, q=90)
with ProcessPoolExecutor(max_workers=2) as executor:
    # chunksize sends the rows in a few batches instead of one message per row
    row_p90 = np.array(list(executor.map(row_percentile, matrix, chunksize=32)))
