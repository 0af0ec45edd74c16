import concurrent.futures
import itertools

import numpy as np
import scipy.stats


# starmap-style: unpack each (column, concentration) pair into the two arguments
def correlate(pair):
    column, conc = pair
    return scipy.stats.pearsonr(column, conc)[0]


pairs = zip(absorbance.T, itertools.repeat(concentration))
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    r_values = np.fromiter(pool.map(correlate, pairs), dtype=float, count=absorbance.shape[1])
