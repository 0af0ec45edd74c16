# /// example
# task = '''
# Write a function `mean_knn_distance` with the signature and docstring below. Apply it to the
# points `X` with `k=5` and store the result in `crowding`; store in `k_error` the message raised
# when `k` is not smaller than the number of points (use `k=len(X)`).
#
# ```python
# def mean_knn_distance(X, k):
#     """Mean Euclidean distance from each row of X to its k nearest other rows.
#
#     A point is not its own neighbour, but an exact duplicate of it is (at
#     distance 0). Returns a 1-D float array with one value per row.
#     Raises ValueError("k must be smaller than the number of points")
#     when k >= len(X).
#     """
# ```'''
# prompt = '''
# To spot isolated points I want `mean_knn_distance(X, k)`: for every row, the average distance
# to its k nearest *other* rows (duplicates count as neighbours at distance 0). It should raise
# `ValueError("k must be smaller than the number of points")` when k >= number of rows. Use
# `NearestNeighbors` if you like. Apply it to `X` with `k=5` into `crowding`, and put the error
# message for `k=len(X)` in `k_error`.'''
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'blobs.X' }
# checks = [
#     'np.allclose(mean_knn_distance(np.array([[0.0], [1.0], [3.0], [7.0]]), 1), [1.0, 1.0, 2.0, 4.0])',
#     'np.allclose(mean_knn_distance(np.array([[0.0, 0.0], [0.0, 0.0], [3.0, 4.0]]), 2), [2.5, 2.5, 5.0])',
#     'np.allclose(mean_knn_distance(np.array([[0.0], [2.0], [4.0], [10.0], [11.0]]), 2), [3.0, 2.0, 3.0, 3.5, 4.0])',
#     'k_error == "k must be smaller than the number of points"',
#     # brute force: sort each row of the distance matrix, skip one zero for the point itself
#     '(lambda D: np.allclose(crowding, np.sort(D, axis=1)[:, 1:6].mean(axis=1)))(scipy.spatial.distance.cdist(X, X))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'nearest-neighbors', 'outliers', 'validation']
# edge_cases = { min_size = 6, why = "five neighbours per point need at least six points" }
# ///
from sklearn.neighbors import NearestNeighbors


def mean_knn_distance(X, k):
    """Mean Euclidean distance from each row of X to its k nearest other rows.

    A point is not its own neighbour, but an exact duplicate of it is (at
    distance 0). Returns a 1-D float array with one value per row.
    Raises ValueError("k must be smaller than the number of points")
    when k >= len(X).
    """
    if k >= len(X):
        raise ValueError("k must be smaller than the number of points")
    # ask for k + 1 neighbours: the nearest one at distance 0 is the point itself
    distances, _ = NearestNeighbors(n_neighbors=k + 1).fit(X).kneighbors(X)
    return distances[:, 1:].mean(axis=1)


crowding = mean_knn_distance(X, k=5)

try:
    mean_knn_distance(X, k=len(X))
except ValueError as error:
    k_error = str(error)
