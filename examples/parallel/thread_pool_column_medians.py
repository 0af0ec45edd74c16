# /// example
# task = """
# Compute the median of every column of the 2-D array `matrix` concurrently, one task per column, \
# with a `concurrent.futures.ThreadPoolExecutor` and its `map`; store the medians, in column \
# order, in the 1-D array `medians`."""
# prompt = """
# I want the median of every column of the 2-D array `matrix`, computed concurrently with one \
# task per column using a thread pool from concurrent.futures and its map. Store the medians, in \
# column order, as a 1-D array `medians`."""
# domain = 'numerical_methods'
# libraries = ['numpy']
# inputs = { matrix = 'matrix' }
# checks = [
#     'medians.shape == (matrix.shape[1],)',
#     'np.allclose(medians, np.median(matrix, axis=0), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['parallelism', 'descriptive-statistics']
# edge_cases = true
# ///
from concurrent.futures import ThreadPoolExecutor

import numpy as np

# threads share `matrix` without copying it (a process pool would pickle every column);
# map returns the results in the order of the columns; leaving the with-block waits for
# the threads and shuts the pool down
with ThreadPoolExecutor() as executor:
    medians = np.array(list(executor.map(np.median, matrix.T)))
