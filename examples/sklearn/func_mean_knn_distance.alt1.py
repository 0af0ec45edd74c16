import numpy as np
from scipy.spatial.distance import cdist


def mean_knn_distance(X, k):
    """Mean Euclidean distance from each row of X to its k nearest other rows.

    A point is not its own neighbour, but an exact duplicate of it is (at
    distance 0). Returns a 1-D float array with one value per row.
    Raises ValueError("k must be smaller than the number of points")
    when k >= len(X).
    """
    if k >= len(X):
        raise ValueError("k must be smaller than the number of points")
    D = cdist(X, X)
    # blank out the diagonal so a point never counts itself
    np.fill_diagonal(D, np.inf)
    return np.sort(D, axis=1)[:, :k].mean(axis=1)


crowding = mean_knn_distance(X, k=5)
try:
    mean_knn_distance(X, k=len(X))
except ValueError as err:
    k_error = str(err)
