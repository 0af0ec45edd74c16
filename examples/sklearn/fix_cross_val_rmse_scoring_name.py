# /// example
# task = """
# This code should estimate the root mean squared error of a `Ridge()` regression of `y` on `X` \
# on each of 5 cross-validation folds, stored as positive numbers in `rmse_per_fold`, but the \
# scoring name is rejected:
#
# ```python
# from sklearn.linear_model import Ridge
# from sklearn.model_selection import cross_val_score
#
# rmse_per_fold = cross_val_score(Ridge(), X, y, cv=5, scoring="rmse")
# ```
#
# ```text
# InvalidParameterError: The 'scoring' parameter of cross_val_score must be a str among {'accuracy', 'r2', 'neg_root_mean_squared_error', ...}, a callable or None. Got 'rmse' instead.
# ```
#
# Fix it."""
# prompt = """
# I'd like the RMSE of a default `Ridge()` model predicting `y` from `X` on each of 5 \
# cross-validation folds, as positive numbers in `rmse_per_fold`:
#
# ```python
# from sklearn.linear_model import Ridge
# from sklearn.model_selection import cross_val_score
#
# rmse_per_fold = cross_val_score(Ridge(), X, y, cv=5, scoring="rmse")
# ```
#
# ```text
# InvalidParameterError: The 'scoring' parameter of cross_val_score must be a str among {'accuracy', 'r2', 'neg_root_mean_squared_error', ...}, a callable or None. Got 'rmse' instead.
# ```
#
# What is the right name for RMSE?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'len(rmse_per_fold) == 5 and np.all(np.asarray(rmse_per_fold) >= 0)',
#     # the RMSE of a Ridge fitted on each unshuffled 5-fold training part, on its held-out part
#     'np.allclose(rmse_per_fold, [np.sqrt(np.mean((y[test] - sklearn.linear_model.Ridge().fit(X[train], y[train]).predict(X[test])) ** 2)) for train, test in sklearn.model_selection.KFold(5).split(X)])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'cross-validation', 'model-evaluation', 'regression']
# edge_cases = true
# ///
from sklearn.linear_model import Ridge
from sklearn.model_selection import cross_val_score

# scorers are "greater is better", so error metrics are offered negated: flip the sign back
rmse_per_fold = -cross_val_score(Ridge(), X, y, cv=5, scoring="neg_root_mean_squared_error")
