# /// example
# task = '''
# Write a function `medoid_index` with the signature and docstring below, computing the distance
# matrix with `sklearn.metrics.pairwise_distances` in `n_jobs` threads. Apply it to the cluster
# points `X` and store the result in `medoid`, and store in `empty_error` the message of the error
# raised for an empty (0 x 2) array.
#
# ```python
# def medoid_index(X, metric="euclidean", n_jobs=2):
#     """Index of the medoid of the rows of X: the row whose summed distance to all
#     rows (under `metric`, any metric pairwise_distances accepts) is smallest.
#
#     Ties go to the lowest index. Raises ValueError when X has no rows.
#     """
# ```'''
# prompt = '''
# I need the medoid of a set of points (the actual data point with the smallest total distance to
# all the others), for any metric scikit-learn's pairwise_distances supports, computing the distances
# in parallel. Write `medoid_index(X, metric="euclidean", n_jobs=2)` returning the row index (lowest
# index on ties) and raising ValueError for an empty X, and use it on my points `X` to get `medoid`;
# keep the error message for an empty 0 x 2 array in `empty_error`.
#
# ```python
# def medoid_index(X, metric="euclidean", n_jobs=2):
#     """Index of the medoid of the rows of X: the row whose summed distance to all
#     rows (under `metric`, any metric pairwise_distances accepts) is smallest.
#
#     Ties go to the lowest index. Raises ValueError when X has no rows.
#     """
# ```'''
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'blobs.X' }
# checks = [
#     # a point whose summed distance is the smallest, to within rounding (near ties may go either way)
#     '(lambda sums: sums[medoid] <= sums.min() * (1 + 1e-9) + 1e-9)(np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=-1)).sum(axis=1))',
#     # on a line the medoid is the median point; 10 is far away and pulls the mean, not the medoid
#     'medoid_index(np.array([[0.0], [1.0], [2.0], [3.0], [10.0]])) == 2',
#     'medoid_index(np.array([[0.0, 0.0], [4.0, 0.5], [0.5, 3.0], [1.0, 1.0], [6.0, 6.0], [2.0, 0.0]]), metric="cityblock") == int(np.argmin(scipy.spatial.distance.cdist(*[np.array([[0.0, 0.0], [4.0, 0.5], [0.5, 3.0], [1.0, 1.0], [6.0, 6.0], [2.0, 0.0]])] * 2, "cityblock").sum(axis=1)))',
#     'medoid_index(np.array([[0.0, 0.0], [4.0, 0.5], [0.5, 3.0], [1.0, 1.0], [6.0, 6.0], [2.0, 0.0]]), metric="chebyshev", n_jobs=1) == int(np.argmin(scipy.spatial.distance.cdist(*[np.array([[0.0, 0.0], [4.0, 0.5], [0.5, 3.0], [1.0, 1.0], [6.0, 6.0], [2.0, 0.0]])] * 2, "chebyshev").sum(axis=1)))',
#     'medoid_index(np.array([[1.0, 1.0], [1.0, 1.0]])) == 0 and medoid_index(np.array([[5.0, -2.0]])) == 0',
#     'isinstance(empty_error, str) and len(empty_error) > 0',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'parallelism', 'clustering', 'validation']
# edge_cases = true
# ///
import numpy as np
from sklearn.metrics import pairwise_distances


def medoid_index(X, metric="euclidean", n_jobs=2):
    """Index of the medoid of the rows of X: the row whose summed distance to all
    rows (under `metric`, any metric pairwise_distances accepts) is smallest.

    Ties go to the lowest index. Raises ValueError when X has no rows.
    """
    X = np.asarray(X, dtype=float)
    if X.shape[0] == 0:
        raise ValueError("X has no rows: a medoid needs at least one point")
    # n_jobs splits the distance matrix into column blocks computed in parallel threads
    distances = pairwise_distances(X, metric=metric, n_jobs=n_jobs)
    return int(np.argmin(distances.sum(axis=1)))


medoid = medoid_index(X)
try:
    medoid_index(np.empty((0, 2)))
except ValueError as error:
    empty_error = str(error)
