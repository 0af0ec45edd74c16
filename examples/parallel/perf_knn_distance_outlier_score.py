# /// example
# task = """
# This loop scores every sample of the feature matrix `X` as an outlier by its mean Euclidean \
# distance to its 5 nearest other samples, into `knn_score`:
#
# ```python
# import numpy as np
#
# knn_score = np.empty(len(X))
# for i in range(len(X)):
#     distances = np.sqrt(((X - X[i]) ** 2).sum(axis=1))
#     distances[i] = np.inf
#     knn_score[i] = np.sort(distances)[:5].mean()
# ```
#
# Replace the loop with scikit-learn's `NearestNeighbors`, running the neighbour search on all CPU \
# cores, giving the same `knn_score`."""
# prompt = """
# My outlier score for each row of `X` is the average distance to its 5 nearest other rows, stored \
# in `knn_score`. I compute it like this:
#
# ```python
# import numpy as np
#
# knn_score = np.empty(len(X))
# for i in range(len(X)):
#     distances = np.sqrt(((X - X[i]) ** 2).sum(axis=1))
#     distances[i] = np.inf
#     knn_score[i] = np.sort(distances)[:5].mean()
# ```
#
# How would I do this with scikit-learn's nearest-neighbour search, in parallel on all cores?"""
# task_type = 'performance'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X' }
# checks = [
#     'knn_score.shape == (len(X),)',
#     '''np.allclose(knn_score, [
#         np.sort(np.delete(row, i))[:5].mean()
#         for i, row in enumerate(np.sqrt(np.maximum(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1), 0)))
#     ], rtol=1e-7, atol=1e-9 * (1 + np.abs(X).max()))''',
# ]
# difficulty = 'advanced'
# tags = ['vectorization', 'parallelism', 'nearest-neighbors', 'outliers']
# [edge_cases]
# min_size = 6
# why = 'five nearest other samples need six samples'
# ///
from sklearn.neighbors import NearestNeighbors

# n_neighbors=5 and kneighbors() without X: each sample's 5 nearest neighbours other than
# itself; n_jobs=-1 runs the search in parallel on every core
search = NearestNeighbors(n_neighbors=5, n_jobs=-1).fit(X)
distances, _ = search.kneighbors()
knn_score = distances.mean(axis=1)
