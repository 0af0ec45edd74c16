import concurrent.futures
import itertools

import numpy as np

# a module-level function such as np.percentile pickles by name; the second iterable
# supplies q=90 to every call
with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
    percentiles = pool.map(np.percentile, matrix, itertools.repeat(90), chunksize=25)
    row_p90 = np.fromiter(percentiles, dtype=float, count=len(matrix))
