import numpy as np

distance_km = np.array([0.5, 1.2, 2.0, 3.1, 3.9, 7.5, 10.0])
minutes = np.array([10, 12, 20, 22, 24, 40, 44])

edges = np.array([0, 2, 4, 6, 8, 10])
# np.histogram uses the same bins: half-open, the last one closed on the right
totals, _ = np.histogram(distance_km, bins=edges, weights=minutes)
counts, _ = np.histogram(distance_km, bins=edges)
bin_means = np.full(counts.shape, np.nan)
np.divide(totals, counts, out=bin_means, where=counts > 0)
bin_index = np.minimum(np.searchsorted(edges, distance_km, side="right"), len(edges) - 1)
