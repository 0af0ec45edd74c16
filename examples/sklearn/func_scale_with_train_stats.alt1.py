import numpy as np


def scale_with_train_stats(X_train, X_test):
    """Standardise both sets with the column means and standard deviations
    (ddof=0) of X_train only, so nothing is learned from the test set.

    Returns (X_train_scaled, X_test_scaled) as float arrays. A column that
    is constant in X_train is only centred (its scale is taken as 1). Raises
    ValueError("X_train and X_test need the same number of columns") when the
    column counts differ.
    """
    train = np.asarray(X_train, dtype=float)
    test = np.asarray(X_test, dtype=float)
    if train.shape[1] != test.shape[1]:
        raise ValueError("X_train and X_test need the same number of columns")
    mean = train.mean(axis=0)
    std = train.std(axis=0)
    std[std == 0] = 1.0
    return (train - mean) / std, (test - mean) / std


half = len(X) // 2
train_scaled, test_scaled = scale_with_train_stats(X[:half], X[half:])
try:
    scale_with_train_stats(np.zeros((3, 2)), np.zeros((2, 3)))
except ValueError as exc:
    shape_error = str(exc)
