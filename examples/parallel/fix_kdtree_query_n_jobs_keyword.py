# /// example
# task = """
# This code, taken from an older tutorial, should store in `nearest_distance` the Euclidean \
# distance from every row of the feature matrix `X` to its nearest other row, querying a KD-tree on \
# all CPU cores, but it raises an error:
#
# ```python
# from scipy.spatial import cKDTree
#
# tree = cKDTree(X)
# distances, _ = tree.query(X, k=2, n_jobs=-1)
# nearest_distance = distances[:, 1]
# ```
#
# ```text
# TypeError: Unexpected keyword argument {'n_jobs': -1}
# ```
#
# Fix it for current SciPy, still using all cores."""
# prompt = """
# I copied this from an older tutorial to get each sample's distance to its nearest other sample in \
# my feature matrix `X`, as `nearest_distance`, with the KD-tree query running on all cores:
#
# ```python
# from scipy.spatial import cKDTree
#
# tree = cKDTree(X)
# distances, _ = tree.query(X, k=2, n_jobs=-1)
# nearest_distance = distances[:, 1]
# ```
#
# With my SciPy it fails:
#
# ```text
# TypeError: Unexpected keyword argument {'n_jobs': -1}
# ```
#
# What's the current way?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scipy.spatial', 'numpy']
# inputs = { X = 'clf.X' }
# checks = [
#     'nearest_distance.shape == (len(X),)',
#     '''np.allclose(nearest_distance, [
#         np.delete(row, i).min()
#         for i, row in enumerate(np.sqrt(np.maximum(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1), 0)))
#     ], rtol=1e-7, atol=1e-9 * (1 + np.abs(X).max()))''',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'parallelism', 'nearest-neighbors']
# [edge_cases]
# min_size = 2
# why = 'a nearest other row needs at least two rows'
# ///
from scipy.spatial import cKDTree

tree = cKDTree(X)
# SciPy 1.9 removed the n_jobs keyword of the KD-tree queries; it is called workers now
distances, _ = tree.query(X, k=2, workers=-1)
nearest_distance = distances[:, 1]
