import numpy as np
from scipy.spatial.distance import cdist


def k_distance(X, k=4):
    """Each point's Euclidean distance to its k-th nearest other point,
    sorted ascending (the "k-distance graph" used to pick DBSCAN's eps).

    Rows with a NaN coordinate are left out first. A point does not count
    as its own neighbour, but an exact duplicate of it does. Raises
    ValueError("need more than k points") when at most k rows remain.
    """
    points = np.asarray(X, dtype=float)
    points = points[np.isfinite(points).all(axis=1)]
    if points.shape[0] <= k:
        raise ValueError("need more than k points")
    dist = cdist(points, points)
    np.fill_diagonal(dist, np.inf)  # a point is not its own neighbour
    return np.sort(np.sort(dist, axis=1)[:, k - 1])


kdist = k_distance(X, k=4)

try:
    k_distance([[0.0], [1.0], [np.nan]], k=2)
except ValueError as exc:
    few_points_error = str(exc)
