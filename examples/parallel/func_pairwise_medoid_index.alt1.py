import numpy as np
from sklearn import metrics


def medoid_index(X, metric="euclidean", n_jobs=2):
    """Index of the medoid of the rows of X (lowest index on ties)."""
    X = np.asarray(X, dtype=float)
    if len(X) == 0:
        raise ValueError("cannot take the medoid of an empty array")
    total_distance = metrics.pairwise_distances(X, metric=metric, n_jobs=n_jobs).sum(axis=1)
    # argmin returns the first of several equal minima, so ties go to the lowest index
    return int(total_distance.argmin())


medoid = medoid_index(X)
try:
    medoid_index(np.zeros((0, 2)))
except ValueError as exc:
    empty_error = str(exc)
