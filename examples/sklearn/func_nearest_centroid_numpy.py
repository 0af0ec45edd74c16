# /// example
# task = '''
# Write a function `nearest_centroid_predict` with the signature and docstring below, using NumPy
# only. Fit it on the points `X` with their cluster labels `labels` and predict the labels of
# `X` itself, storing them in `predicted`.
#
# ```python
# def nearest_centroid_predict(X_train, y_train, X_new):
#     """Nearest-centroid classifier without scikit-learn.
#
#     Each class's centroid is the mean of its training rows; every row of
#     X_new gets the label of the centroid at the smallest Euclidean
#     distance (on a tie, the smallest label in sorted order). Labels may be
#     numbers or strings. Returns a 1-D numpy array of len(X_new) labels.
#     """
# ```'''
# prompt = """
# For teaching I want a nearest-centroid classifier in plain NumPy: \
# `nearest_centroid_predict(X_train, y_train, X_new)` should average the training rows of each \
# class and give each new row the label of the closest centroid (Euclidean; on a tie the smallest \
# label after sorting), working for numeric or string labels and returning a 1-D array. Train it \
# on my points `X` with `labels` and predict `X` back into `predicted`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['numpy', 'scikit-learn']
# inputs = { X = 'blobs.X', labels = 'blobs.labels' }
# checks = [
#     'list(nearest_centroid_predict([[0.0, 0.0], [0.0, 2.0], [10.0, 0.0], [12.0, 0.0]], ["a", "a", "b", "b"], [[1.0, 1.0], [9.0, 3.0], [5.0, 1.0]])) == ["a", "b", "a"]',
#     # (5.5, 0) is equally far from both centroids (0, 0) and (11, 0): the smaller label wins
#     'list(nearest_centroid_predict([[0.0, 0.0], [11.0, 0.0]], [7, 3], [[5.5, 0.0], [6.0, 0.0], [-1.0, 0.0]])) == [3, 3, 7]',
#     '(lambda Xt, yt, Xn: np.array_equal(nearest_centroid_predict(Xt, yt, Xn), sklearn.neighbors.NearestCentroid().fit(Xt, yt).predict(Xn)))(np.random.default_rng(0).normal(size=(30, 3)) + np.repeat([[0, 0, 0], [2, 0, 1], [0, 3, 0]], 10, axis=0), np.repeat([2, 0, 1], 10), np.random.default_rng(1).normal(size=(15, 3)) * 2)',
#     'isinstance(predicted, np.ndarray) and predicted.shape == (len(X),)',
#     'np.array_equal(predicted, sklearn.neighbors.NearestCentroid().fit(X, labels).predict(X))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'classification', 'nearest-neighbors']
# edge_cases = true
# ///
import numpy as np


def nearest_centroid_predict(X_train, y_train, X_new):
    """Nearest-centroid classifier without scikit-learn.

    Each class's centroid is the mean of its training rows; every row of
    X_new gets the label of the centroid at the smallest Euclidean
    distance (on a tie, the smallest label in sorted order). Labels may be
    numbers or strings. Returns a 1-D numpy array of len(X_new) labels.
    """
    X_train = np.asarray(X_train, dtype=float)
    X_new = np.asarray(X_new, dtype=float)
    classes, codes = np.unique(y_train, return_inverse=True)
    centroids = np.array([X_train[codes == k].mean(axis=0) for k in range(len(classes))])
    # (n_new, n_classes) distances by broadcasting; argmin takes the first (smallest) class on ties
    distances = np.linalg.norm(X_new[:, None, :] - centroids[None, :, :], axis=2)
    return classes[np.argmin(distances, axis=1)]


predicted = nearest_centroid_predict(X, labels, X)
