import numpy as np

bin_edges = np.array([0.0, 10.0, 20.0, 40.0, 80.0])
counts = np.array([5, 20, 10, 5])

# the CDF is piecewise linear between the bin edges when values are uniform inside each bin
cdf_at_edges = np.concatenate([[0.0], np.cumsum(counts) / counts.sum()])
median_ms = np.interp(0.5, cdf_at_edges, bin_edges)
p90_ms = np.interp(0.9, cdf_at_edges, bin_edges)
share_over_30 = 1.0 - np.interp(30.0, bin_edges, cdf_at_edges)
midpoints = (bin_edges[:-1] + bin_edges[1:]) / 2
mean_ms = np.sum(midpoints * counts) / counts.sum()
