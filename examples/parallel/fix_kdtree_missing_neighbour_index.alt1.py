import numpy as np
from scipy.spatial import KDTree

distances, indices = KDTree(X).query(X, k=[2], distance_upper_bound=0.5, workers=-1)
distances, indices = distances[:, 0], indices[:, 0]
# missing neighbours are marked with index tree.n == len(X); np.where picks -1 for them
safe_indices = np.minimum(indices, len(X) - 1)
neighbour_label = np.where(np.isinf(distances), -1, labels[safe_indices])
