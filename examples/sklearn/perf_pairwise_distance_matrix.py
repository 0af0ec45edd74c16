# /// example
# task = """
# This code computes the matrix `dist` of Euclidean distances between all pairs of rows of the \
# points `X`, but the double Python loop is slow for larger data:
#
# ```python
# import numpy as np
#
# n = len(X)
# dist = np.zeros((n, n))
# for i in range(n):
#     for j in range(n):
#         dist[i, j] = np.sqrt(np.sum((X[i] - X[j]) ** 2))
# ```
#
# Compute the same `dist` without Python loops."""
# prompt = """
# My all-pairs Euclidean distance matrix `dist` for the points `X` takes ages once I have a few \
# thousand rows:
#
# ```python
# import numpy as np
#
# n = len(X)
# dist = np.zeros((n, n))
# for i in range(n):
#     for j in range(n):
#         dist[i, j] = np.sqrt(np.sum((X[i] - X[j]) ** 2))
# ```
#
# How do I get the same matrix in one vectorised call?"""
# task_type = 'performance'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'blobs.X' }
# checks = [
#     'np.shape(dist) == (len(X), len(X))',
#     'np.allclose(dist, scipy.spatial.distance.cdist(X, X), atol=1e-8 * (1 + np.abs(X).max()))',
#     'np.allclose(np.diag(dist), 0, atol=1e-6 * (1 + np.abs(X).max()))',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'nearest-neighbors']
# edge_cases = true
# ///
from sklearn.metrics import pairwise_distances

# one call computes every pair from matrix products instead of n * n Python iterations
dist = pairwise_distances(X, metric="euclidean")
