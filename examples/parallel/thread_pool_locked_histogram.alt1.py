import concurrent.futures
import threading

import numpy as np

edges = np.histogram_bin_edges(skewed, bins=20)
counts = np.zeros(edges.size - 1, dtype=int)
counts_lock = threading.Lock()


def accumulate(chunk):
    partial_counts = np.histogram(chunk, bins=edges)[0]
    with counts_lock:
        # in-place add into the shared array, one thread at a time
        np.add(counts, partial_counts, out=counts)


with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(accumulate, chunk) for chunk in np.array_split(skewed, 8)]
    done, _ = concurrent.futures.wait(futures)
for future in done:
    future.result()  # re-raise a task's error, if any
