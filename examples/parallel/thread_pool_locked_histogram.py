# /// example
# task = """
# Build a 20-bin histogram of the 1-D array `skewed` chunk by chunk: take the bin edges of the \
# whole array (`np.histogram_bin_edges(skewed, bins=20)`) as `edges`, split the array into 8 \
# chunks, histogram each chunk with those edges in a `ThreadPoolExecutor`, and have every task add \
# its counts into one shared integer array `counts` under a `threading.Lock`."""
# prompt = """
# I'm streaming a long 1-D array (here `skewed`) in 8 chunks and want one 20-bin histogram of all \
# of it. Fix the bin edges once from the whole array (`np.histogram_bin_edges` with 20 bins) as \
# `edges`, histogram the chunks in a thread pool, and let each task add its chunk's counts to a \
# shared integer array `counts`, protected by a `threading.Lock` so no update is lost."""
# domain = 'data_processing'
# libraries = ['numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     'np.allclose(edges, np.histogram_bin_edges(skewed, bins=20))',
#     'counts.shape == (20,) and np.issubdtype(counts.dtype, np.integer)',
#     'np.array_equal(counts, np.histogram(skewed, bins=20)[0])',
# ]
# difficulty = 'advanced'
# tags = ['parallelism', 'histogram', 'incremental-processing']
# [edge_cases]
# nan = false
# why = 'bin edges over the range of the data need finite values'
# ///
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

edges = np.histogram_bin_edges(skewed, bins=20)
counts = np.zeros(len(edges) - 1, dtype=np.int64)
lock = threading.Lock()


def add_chunk(chunk):
    chunk_counts, _ = np.histogram(chunk, bins=edges)
    # `counts += ...` reads, adds and writes back: two threads interleaving there could
    # lose an update, so only one task at a time may hold the lock while adding
    with lock:
        counts[:] += chunk_counts


with ThreadPoolExecutor(max_workers=2) as executor:
    # list() waits for every task and re-raises the first error, if any
    list(executor.map(add_chunk, np.array_split(skewed, 8)))
