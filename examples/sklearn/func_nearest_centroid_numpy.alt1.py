import numpy as np
import pandas as pd
from scipy.spatial.distance import cdist


def nearest_centroid_predict(X_train, y_train, X_new):
    """Nearest-centroid classifier without scikit-learn.

    Each class's centroid is the mean of its training rows; every row of
    X_new gets the label of the centroid at the smallest Euclidean
    distance (on a tie, the smallest label in sorted order). Labels may be
    numbers or strings. Returns a 1-D numpy array of len(X_new) labels.
    """
    # groupby sorts the labels, so the centroid rows come in sorted label order
    centroids = pd.DataFrame(np.asarray(X_train, dtype=float)).groupby(np.asarray(y_train)).mean()
    distances = cdist(np.asarray(X_new, dtype=float), centroids.to_numpy())
    return centroids.index.to_numpy()[distances.argmin(axis=1)]


predicted = nearest_centroid_predict(X, labels, X)
