# /// example
# task = """
# For every point of the 2-D array `X` (with class labels `labels`) this code should give the label \
# of its nearest other point within a distance of 0.5, or -1 where no other point is that close, \
# in the integer array `neighbour_label`; it queries a `cKDTree` on all cores, but raises an error:
#
# ```python
# from scipy.spatial import cKDTree
#
# tree = cKDTree(X)
# dist, idx = tree.query(X, k=2, distance_upper_bound=0.5, workers=-1)
# neighbour_label = labels[idx[:, 1]]
# ```
#
# ```text
# IndexError: index 150 is out of bounds for axis 0 with size 150
# ```
#
# Fix it."""
# prompt = """
# For each point in `X` I want the label (from `labels`) of its closest other point within 0.5, \
# and -1 when there's no other point within 0.5, as an integer array `neighbour_label`. I query a \
# KD-tree using all cores:
#
# ```python
# from scipy.spatial import cKDTree
#
# tree = cKDTree(X)
# dist, idx = tree.query(X, k=2, distance_upper_bound=0.5, workers=-1)
# neighbour_label = labels[idx[:, 1]]
# ```
#
# which fails with
#
# ```text
# IndexError: index 150 is out of bounds for axis 0 with size 150
# ```
#
# Why is there an index 150 when I only have 150 points?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scipy.spatial', 'numpy']
# inputs = { X = 'blobs.X', labels = 'blobs.labels' }
# checks = [
#     'neighbour_label.shape == labels.shape and np.issubdtype(neighbour_label.dtype, np.integer)',
#     # brute force: distances to every other point; a label of any tied nearest point is right,
#     # and a distance within rounding of 0.5 may go either way
#     '''all(
#         (row[np.arange(len(X)) != i].min() > 0.5 + 1e-9 and neighbour_label[i] == -1)
#         or (row[np.arange(len(X)) != i].min() < 0.5 - 1e-9
#             and neighbour_label[i] in set(labels[(row <= row[np.arange(len(X)) != i].min() + 1e-12) & (np.arange(len(X)) != i)]) | ({labels[i]} if row[np.arange(len(X)) != i].min() == 0 else set()))
#         or abs(row[np.arange(len(X)) != i].min() - 0.5) <= 1e-9
#         for i, row in enumerate(np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)))
#     )''',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'parallelism', 'nearest-neighbors']
# [edge_cases]
# min_size = 2
# why = 'a nearest other point needs at least two points'
# ///
import numpy as np
from scipy.spatial import cKDTree

tree = cKDTree(X)
dist, idx = tree.query(X, k=2, distance_upper_bound=0.5, workers=-1)
# a neighbour missing within the bound comes back as distance inf and index len(X) (one past
# the end): keep -1 for those and look up the labels of the others only
found = np.isfinite(dist[:, 1])
neighbour_label = np.full(len(X), -1)
neighbour_label[found] = labels[idx[found, 1]]
