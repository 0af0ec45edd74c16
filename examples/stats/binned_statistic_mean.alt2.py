import numpy as np
from scipy import stats

elevation = stations["elevation_m"].to_numpy(dtype=float)
temperature = stations["temperature"].to_numpy(dtype=float)
lo, hi = elevation.min(), elevation.max()
if lo == hi:
    # a single elevation has no width to split: widen by 0.5 either side, as numpy's histogram does
    lo, hi = lo - 0.5, hi + 0.5
# 5 equal-width bins spanning the observed elevations; the highest falls in the last bin
edges = np.linspace(lo, hi, 6)
bin_means, bin_edges, bin_number = stats.binned_statistic(
    elevation, temperature, "mean", bins=edges
)
