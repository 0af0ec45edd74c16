# /// example
# task = '''
# Write a function `kfold_rmse` with the signature and docstring below. Apply it to a `Ridge()`
# regressor on the features `X` and target `y` with the defaults and store the array in
# `fold_rmse`.
#
# ```python
# def kfold_rmse(model, X, y, n_splits=5, seed=0):
#     """Root-mean-squared error of `model` on each test fold of a shuffled
#     k-fold split, KFold(n_splits, shuffle=True, random_state=seed).
#
#     The model is refitted from scratch on every training part. Returns a
#     float array of length n_splits, in fold order.
#     """
# ```'''
# prompt = """
# I'd like `kfold_rmse(model, X, y, n_splits=5, seed=0)` that runs a shuffled k-fold split with \
# `random_state=seed`, refits a fresh copy of the model on each training part and returns the \
# test RMSE of every fold as an array, in fold order. Use it on a default `Ridge()` with my `X` \
# and `y` and keep the array in `fold_rmse`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     # an exact line is fitted perfectly on every fold
#     'np.allclose(kfold_rmse(sklearn.linear_model.LinearRegression(), np.arange(10.0).reshape(-1, 1), 3 * np.arange(10.0) + 2), 0.0)',
#     'np.allclose(kfold_rmse(sklearn.dummy.DummyRegressor(), np.zeros((8, 1)), np.arange(8.0) ** 2, n_splits=4, seed=3), [np.sqrt(np.mean((np.arange(8.0)[test] ** 2 - np.mean(np.arange(8.0)[train] ** 2)) ** 2)) for train, test in sklearn.model_selection.KFold(4, shuffle=True, random_state=3).split(np.zeros((8, 1)))])',
#     'np.allclose(kfold_rmse(sklearn.tree.DecisionTreeRegressor(max_depth=2, random_state=0), np.arange(30.0).reshape(15, 2), np.sin(np.arange(15.0)), n_splits=3, seed=1), -sklearn.model_selection.cross_val_score(sklearn.tree.DecisionTreeRegressor(max_depth=2, random_state=0), np.arange(30.0).reshape(15, 2), np.sin(np.arange(15.0)), cv=sklearn.model_selection.KFold(3, shuffle=True, random_state=1), scoring="neg_root_mean_squared_error"))',
#     'np.shape(fold_rmse) == (5,) and np.all(np.asarray(fold_rmse) >= 0)',
#     'np.allclose(fold_rmse, [np.sqrt(sklearn.metrics.mean_squared_error(y[test], sklearn.linear_model.Ridge().fit(X[train], y[train]).predict(X[test]))) for train, test in sklearn.model_selection.KFold(5, shuffle=True, random_state=0).split(X)])',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'cross-validation', 'regression', 'model-evaluation']
# edge_cases = true
# ///
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_val_score


def kfold_rmse(model, X, y, n_splits=5, seed=0):
    """Root-mean-squared error of `model` on each test fold of a shuffled
    k-fold split, KFold(n_splits, shuffle=True, random_state=seed).

    The model is refitted from scratch on every training part. Returns a
    float array of length n_splits, in fold order.
    """
    folds = KFold(n_splits=n_splits, shuffle=True, random_state=seed)
    # scorers are "greater is better", so the RMSE comes back negated
    scores = cross_val_score(model, X, y, cv=folds, scoring="neg_root_mean_squared_error")
    return -scores


fold_rmse = kfold_rmse(Ridge(), X, y)
