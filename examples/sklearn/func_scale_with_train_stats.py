# /// example
# task = '''
# Write a function `scale_with_train_stats` with the signature and docstring below. Apply it with
# the first `len(X) // 2` rows of `X` as the training set and the rest as the test set, storing the
# results in `train_scaled` and `test_scaled`, and store in `shape_error` the message raised when
# the training set has 2 columns and the test set 3.
#
# ```python
# def scale_with_train_stats(X_train, X_test):
#     """Standardise both sets with the column means and standard deviations
#     (ddof=0) of X_train only, so nothing is learned from the test set.
#
#     Returns (X_train_scaled, X_test_scaled) as float arrays. A column that
#     is constant in X_train is only centred (its scale is taken as 1). Raises
#     ValueError("X_train and X_test need the same number of columns") when the
#     column counts differ.
#     """
# ```'''
# prompt = """
# To avoid leakage I want `scale_with_train_stats(X_train, X_test)`: standardise both arrays with \
# the training columns' mean and population SD only, returning `(X_train_scaled, X_test_scaled)` \
# as floats, only centring columns that are constant in training, and raising \
# `ValueError("X_train and X_test need the same number of columns")` on a column mismatch. Try it \
# on my `X` with the first `len(X) // 2` rows as training and the rest as test, into \
# `train_scaled` and `test_scaled`, and keep the error message for a 2-column vs 3-column call in \
# `shape_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X' }
# checks = [
#     'all(np.allclose(got, want) for got, want in zip(scale_with_train_stats([[1.0], [3.0]], [[5.0]]), ([[-1.0], [1.0]], [[3.0]])))',
#     'np.allclose(scale_with_train_stats([[1.0, 7.0], [2.0, 7.0], [3.0, 7.0]], [[4.0, 8.0]])[1], [[2.0 / np.std([1.0, 2.0, 3.0]), 1.0]])',
#     'all(np.allclose(got, want) for got, want in zip(scale_with_train_stats(np.arange(12.0).reshape(4, 3) ** 1.5, np.ones((2, 3))), (lambda s: (s.transform(np.arange(12.0).reshape(4, 3) ** 1.5), s.transform(np.ones((2, 3)))))(sklearn.preprocessing.StandardScaler().fit(np.arange(12.0).reshape(4, 3) ** 1.5))))',
#     'shape_error == "X_train and X_test need the same number of columns"',
#     'np.allclose(train_scaled, sklearn.preprocessing.StandardScaler().fit(X[: len(X) // 2]).transform(X[: len(X) // 2]))',
#     'np.allclose(test_scaled, sklearn.preprocessing.StandardScaler().fit(X[: len(X) // 2]).transform(X[len(X) // 2 :]))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'standardization', 'train-test-split', 'validation']
# edge_cases = { min_size = 2, why = "the split needs at least one training row" }
# ///
import numpy as np
from sklearn.preprocessing import StandardScaler


def scale_with_train_stats(X_train, X_test):
    """Standardise both sets with the column means and standard deviations
    (ddof=0) of X_train only, so nothing is learned from the test set.

    Returns (X_train_scaled, X_test_scaled) as float arrays. A column that
    is constant in X_train is only centred (its scale is taken as 1). Raises
    ValueError("X_train and X_test need the same number of columns") when the
    column counts differ.
    """
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    if X_train.shape[1] != X_test.shape[1]:
        raise ValueError("X_train and X_test need the same number of columns")
    # fit on the training rows only; StandardScaler leaves zero-variance columns unscaled
    scaler = StandardScaler().fit(X_train)
    return scaler.transform(X_train), scaler.transform(X_test)


n_train = len(X) // 2
train_scaled, test_scaled = scale_with_train_stats(X[:n_train], X[n_train:])

try:
    scale_with_train_stats(np.zeros((3, 2)), np.zeros((2, 3)))
except ValueError as error:
    shape_error = str(error)
