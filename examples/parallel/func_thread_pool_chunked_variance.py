# /// example
# task = '''
# Write a function `chunked_mean_var` with the signature and docstring below, summarising the
# chunks in a `ThreadPoolExecutor` and merging the summaries with the pairwise (Chan et al.) update.
# Apply it to the 1-D array `values`, storing the results in `mean_value` and `variance`, and store
# in `short_error` the message of the error raised for the one-value array `[3.0]`.
#
# ```python
# def chunked_mean_var(values, n_chunks=4, max_workers=2):
#     """Mean and sample variance (ddof=1) of a 1-D array from per-chunk summaries.
#
#     Splits `values` into n_chunks nearly equal chunks (np.array_split), computes
#     each chunk's count, mean and sum of squared deviations in a thread pool and
#     merges them. Empty chunks (more chunks than values) are skipped.
#     Returns (mean, variance). Raises ValueError if there are fewer than 2 values.
#     """
# ```'''
# prompt = '''
# My arrays are big, so I'd like the mean and the sample variance (ddof=1) from chunk summaries
# computed in a thread pool and then merged with the parallel (Chan et al.) update, which stays
# accurate for large offsets. Write `chunked_mean_var(values, n_chunks=4, max_workers=2)` splitting
# with np.array_split, skipping empty chunks, returning (mean, variance) and raising ValueError for
# fewer than 2 values. Run it on `values` into `mean_value` and `variance`, and keep the error
# message for `[3.0]` in `short_error`.
#
# ```python
# def chunked_mean_var(values, n_chunks=4, max_workers=2):
#     """Mean and sample variance (ddof=1) of a 1-D array from per-chunk summaries.
#
#     Splits `values` into n_chunks nearly equal chunks (np.array_split), computes
#     each chunk's count, mean and sum of squared deviations in a thread pool and
#     merges them. Empty chunks (more chunks than values) are skipped.
#     Returns (mean, variance). Raises ValueError if there are fewer than 2 values.
#     """
# ```'''
# task_type = 'function'
# domain = 'statistics'
# libraries = ['numpy']
# inputs = { values = 'values' }
# checks = [
#     'np.isclose(mean_value, np.mean(values), equal_nan=True) and np.isclose(variance, np.var(values, ddof=1), equal_nan=True)',
#     'np.allclose(chunked_mean_var(np.arange(1.0, 8.0), n_chunks=3), (4.0, np.var(np.arange(1.0, 8.0), ddof=1)))',
#     # an offset of 1e9 loses every digit in a sum-of-squares formula, not in the pairwise merge
#     'np.allclose(chunked_mean_var(1e9 + np.array([1.0, 2.0, 3.0, 4.0, 5.0]), n_chunks=2), (1e9 + 3.0, 2.5), rtol=1e-12, atol=1e-9)',
#     'np.allclose(chunked_mean_var([2.0, 4.0], n_chunks=5, max_workers=3), (3.0, 2.0))',
#     'isinstance(short_error, str) and len(short_error) > 0',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'parallelism', 'descriptive-statistics', 'validation']
# [edge_cases]
# min_size = 2
# why = 'a sample variance needs at least two values'
# ///
from concurrent.futures import ThreadPoolExecutor

import numpy as np


def chunked_mean_var(values, n_chunks=4, max_workers=2):
    """Mean and sample variance (ddof=1) of a 1-D array from per-chunk summaries.

    Splits `values` into n_chunks nearly equal chunks (np.array_split), computes
    each chunk's count, mean and sum of squared deviations in a thread pool and
    merges them. Empty chunks (more chunks than values) are skipped.
    Returns (mean, variance). Raises ValueError if there are fewer than 2 values.
    """
    values = np.asarray(values, dtype=float)
    if values.size < 2:
        raise ValueError(f"need at least 2 values for a sample variance, got {values.size}")

    def summarise(chunk):
        mean = chunk.mean()
        return chunk.size, mean, np.sum((chunk - mean) ** 2)

    chunks = [chunk for chunk in np.array_split(values, n_chunks) if chunk.size]
    with ThreadPoolExecutor(max_workers=max_workers) as executor:
        summaries = list(executor.map(summarise, chunks))

    count, mean, m2 = summaries[0]
    for n_b, mean_b, m2_b in summaries[1:]:
        # Chan et al.: combine the two partial means and squared-deviation sums
        delta = mean_b - mean
        total = count + n_b
        mean = mean + delta * n_b / total
        m2 = m2 + m2_b + delta**2 * count * n_b / total
        count = total
    return mean, m2 / (count - 1)


mean_value, variance = chunked_mean_var(values)
try:
    chunked_mean_var([3.0])
except ValueError as error:
    short_error = str(error)
