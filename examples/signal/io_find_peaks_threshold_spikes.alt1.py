import numpy as np

x = np.array([0, 1, 0, 5, 1, 2, 1, 0, 3.5, 3])
middle = x[1:-1]
# above both neighbours by at least 2
spikes = np.flatnonzero((middle - x[:-2] >= 2) & (middle - x[2:] >= 2)) + 1
