import numpy as np
from sklearn.base import clone
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import KFold


def kfold_rmse(model, X, y, n_splits=5, seed=0):
    """Root-mean-squared error of `model` on each test fold of a shuffled
    k-fold split, KFold(n_splits, shuffle=True, random_state=seed).

    The model is refitted from scratch on every training part. Returns a
    float array of length n_splits, in fold order.
    """
    X, y = np.asarray(X), np.asarray(y)
    errors = []
    for train_idx, test_idx in KFold(n_splits, shuffle=True, random_state=seed).split(X):
        fitted = clone(model).fit(X[train_idx], y[train_idx])
        errors.append(np.sqrt(mean_squared_error(y[test_idx], fitted.predict(X[test_idx]))))
    return np.array(errors)


fold_rmse = kfold_rmse(Ridge(), X, y)
