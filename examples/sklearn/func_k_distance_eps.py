# /// example
# task = '''
# Write a function `k_distance` with the signature and docstring below. Apply it to the 2-D points
# `X` with `k=4` and store the result in `kdist`. Store in `few_points_error` the message raised for
# the points `[[0.0], [1.0], [np.nan]]` with `k=2`.
#
# ```python
# def k_distance(X, k=4):
#     """Each point's Euclidean distance to its k-th nearest other point,
#     sorted ascending (the "k-distance graph" used to pick DBSCAN's eps).
#
#     Rows with a NaN coordinate are left out first. A point does not count
#     as its own neighbour, but an exact duplicate of it does. Raises
#     ValueError("need more than k points") when at most k rows remain.
#     """
# ```'''
# prompt = """
# To choose `eps` for DBSCAN I plot the sorted k-distances, so I'd like `k_distance(X, k=4)`: for \
# each point the Euclidean distance to its k-th nearest other point (duplicates count, the point \
# itself doesn't), sorted ascending, skipping rows with NaN, and raising \
# `ValueError("need more than k points")` when there are k or fewer rows left. Run it on my points \
# `X` with `k=4` into `kdist`, and keep the message for the points `[[0.0], [1.0], [np.nan]]` with \
# `k=2` in `few_points_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'blobs.X' }
# checks = [
#     'np.allclose(k_distance([[0.0, 0.0], [3.0, 4.0], [0.0, 1.0]], k=1), [1.0, 1.0, np.hypot(3.0, 3.0)])',
#     # a duplicate is a neighbour at distance 0; the NaN row is ignored
#     'np.allclose(k_distance([[1.0], [1.0], [4.0], [np.nan], [10.0]], k=2), [3.0, 3.0, 3.0, 9.0])',
#     'np.allclose(k_distance(np.arange(10.0).reshape(5, 2), k=3), np.sort([np.sort(np.linalg.norm(np.arange(10.0).reshape(5, 2) - row, axis=1))[3] for row in np.arange(10.0).reshape(5, 2)]))',
#     # two rows are left after the NaN row goes: not more than k = 2
#     'few_points_error == "need more than k points"',
#     'len(kdist) == int((~np.isnan(X).any(axis=1)).sum()) and np.all(np.diff(kdist) >= 0)',
#     '(lambda P: np.allclose(kdist, np.sort(np.sort(np.sqrt(((P[:, None, :] - P[None, :, :]) ** 2).sum(axis=-1)), axis=1)[:, 4])))(X[~np.isnan(X).any(axis=1)])',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'nearest-neighbors', 'clustering', 'parameter-choice']
# edge_cases = true
# ///
import numpy as np
from sklearn.neighbors import NearestNeighbors


def k_distance(X, k=4):
    """Each point's Euclidean distance to its k-th nearest other point,
    sorted ascending (the "k-distance graph" used to pick DBSCAN's eps).

    Rows with a NaN coordinate are left out first. A point does not count
    as its own neighbour, but an exact duplicate of it does. Raises
    ValueError("need more than k points") when at most k rows remain.
    """
    X = np.asarray(X, dtype=float)
    X = X[~np.isnan(X).any(axis=1)]
    if len(X) <= k:
        raise ValueError("need more than k points")
    neighbours = NearestNeighbors(n_neighbors=k).fit(X)
    # kneighbors() without a query excludes each point from its own neighbours
    distances, _ = neighbours.kneighbors()
    return np.sort(distances[:, -1])


kdist = k_distance(X, k=4)

try:
    k_distance([[0.0], [1.0], [np.nan]], k=2)
except ValueError as error:
    few_points_error = str(error)
