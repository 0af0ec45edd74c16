# /// example
# task = """
# This code should compute the mean and the standard deviation (`ddof=0`) of the 1-D array \
# `values` from per-chunk sums and sums of squares computed in a thread pool, storing them in \
# `mean_value` and `std_value`, but both come out slightly wrong:
#
# ```python
# from concurrent.futures import ThreadPoolExecutor
#
# import numpy as np
#
# n_chunks = 6
# size = len(values) // n_chunks
# chunks = [values[i * size : (i + 1) * size] for i in range(n_chunks)]
# with ThreadPoolExecutor(max_workers=2) as executor:
#     sums = list(executor.map(np.sum, chunks))
#     squares = list(executor.map(lambda chunk: np.sum(chunk**2), chunks))
# mean_value = sum(sums) / len(values)
# std_value = np.sqrt(sum(squares) / len(values) - mean_value**2)
# ```
#
# Fix the chunking so that every value is used, keeping 6 chunks."""
# prompt = """
# I compute the mean and population standard deviation (`ddof=0`) of `values` from chunk sums in \
# a thread pool, into `mean_value` and `std_value`:
#
# ```python
# from concurrent.futures import ThreadPoolExecutor
#
# import numpy as np
#
# n_chunks = 6
# size = len(values) // n_chunks
# chunks = [values[i * size : (i + 1) * size] for i in range(n_chunks)]
# with ThreadPoolExecutor(max_workers=2) as executor:
#     sums = list(executor.map(np.sum, chunks))
#     squares = list(executor.map(lambda chunk: np.sum(chunk**2), chunks))
# mean_value = sum(sums) / len(values)
# std_value = np.sqrt(sum(squares) / len(values) - mean_value**2)
# ```
#
# The results are close to `np.mean` and `np.std` but not equal. What's wrong with my 6 chunks?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['numpy']
# inputs = { values = 'values' }
# checks = [
#     'np.isclose(mean_value, np.mean(values), rtol=1e-9, atol=1e-12, equal_nan=True)',
#     # sums of squares lose digits when the spread is tiny next to the mean: allow for it
#     'np.isclose(std_value, np.std(values), rtol=1e-6, atol=1e-6 * np.abs(values).max(), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'parallelism', 'descriptive-statistics']
# edge_cases = true
# ///
from concurrent.futures import ThreadPoolExecutor

import numpy as np

# len(values) // 6 chunks of equal size left out the last len(values) % 6 values;
# array_split makes 6 chunks whose sizes differ by at most one and covers every value
chunks = np.array_split(values, 6)
with ThreadPoolExecutor(max_workers=2) as executor:
    sums = list(executor.map(np.sum, chunks))
    squares = list(executor.map(lambda chunk: np.sum(chunk**2), chunks))
mean_value = sum(sums) / len(values)
# max(..., 0): rounding can leave a tiny negative variance for equal values
std_value = np.sqrt(max(sum(squares) / len(values) - mean_value**2, 0.0))
