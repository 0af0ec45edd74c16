import numpy as np
from scipy import stats

dose = trial["dose"].to_numpy(dtype=float)
response = trial["response"].to_numpy(dtype=float)
lo, hi = dose.min(), dose.max()
if lo == hi:
    # a single dose has no width to split: widen by 0.5 either side, as numpy's histogram does
    lo, hi = lo - 0.5, hi + 0.5
# 5 equal-width bins spanning the observed doses; the largest dose falls in the last bin
edges = np.linspace(lo, hi, 6)
bin_means, bin_edges, bin_number = stats.binned_statistic(dose, response, "mean", bins=edges)
