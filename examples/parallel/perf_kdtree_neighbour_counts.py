# /// example
# task = """
# This loop counts, for every point of the 2-D array `X`, the other points within a distance of \
# 1.0 of it, into the integer array `n_neighbours`:
#
# ```python
# import numpy as np
#
# n_neighbours = np.zeros(len(X), dtype=int)
# for i in range(len(X)):
#     distances = np.sqrt(((X - X[i]) ** 2).sum(axis=1))
#     n_neighbours[i] = np.sum(distances <= 1.0) - 1
# ```
#
# Replace it with a KD-tree: one `scipy.spatial` ball query for all points at once, on all CPU \
# cores, giving the same `n_neighbours`."""
# prompt = """
# For each point in `X` I count how many other points lie within radius `1.0` (a local density) \
# and store the counts in `n_neighbours`:
#
# ```python
# import numpy as np
#
# n_neighbours = np.zeros(len(X), dtype=int)
# for i in range(len(X)):
#     distances = np.sqrt(((X - X[i]) ** 2).sum(axis=1))
#     n_neighbours[i] = np.sum(distances <= 1.0) - 1
# ```
#
# With 100k points this takes forever. How do I do it with a KD-tree ball query from scipy.spatial \
# in one call, using all cores?"""
# task_type = 'performance'
# domain = 'machine_learning'
# libraries = ['scipy.spatial', 'numpy']
# inputs = { X = 'blobs.X' }
# checks = [
#     'n_neighbours.shape == (len(X),) and np.all(n_neighbours >= 0)',
#     # a distance within rounding of the radius may count either way
#     '''all(
#         np.sum(row <= 1.0 - 1e-9) - 1 <= n_neighbours[i] <= np.sum(row <= 1.0 + 1e-9) - 1
#         for i, row in enumerate(np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)))
#     )''',
#     'n_neighbours.sum() % 2 == 0',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'parallelism', 'nearest-neighbors']
# edge_cases = true
# ///
from scipy.spatial import KDTree

tree = KDTree(X)
# return_length gives the number of points in each ball (the point itself included)
# instead of their index lists; workers=-1 queries on every core
n_neighbours = tree.query_ball_point(X, r=1.0, return_length=True, workers=-1) - 1
