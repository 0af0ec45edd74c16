from scipy.spatial import KDTree

# k=[2] asks for the second-nearest point only (the nearest is the row itself), as a column
dist, _ = KDTree(X).query(X, k=[2], workers=-1)
nearest_distance = dist[:, 0]
