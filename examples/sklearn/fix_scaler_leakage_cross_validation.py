# /// example
# task = """
# This code scores `Ridge(alpha=10.0)` on `X`, `y` by 5-fold cross-validation (R², the default \
# unshuffled folds) in `scores`, after standardising the features:
#
# ```python
# from sklearn.linear_model import Ridge
# from sklearn.model_selection import cross_val_score
# from sklearn.preprocessing import StandardScaler
#
# X_scaled = StandardScaler().fit_transform(X)
# scores = cross_val_score(Ridge(alpha=10.0), X_scaled, y, cv=5)
# ```
#
# It runs, but the scaler has seen every test fold before cross-validation starts, so the scores \
# are not honest held-out scores. Fix it so each fold's scaling is learnt from its training rows \
# only."""
# prompt = """
# I standardise my features `X` and then cross-validate a ridge regression (`alpha=10.0`, 5 folds, \
# default R² scoring) on `X`, `y`, keeping the fold scores in `scores`:
#
# ```python
# from sklearn.linear_model import Ridge
# from sklearn.model_selection import cross_val_score
# from sklearn.preprocessing import StandardScaler
#
# X_scaled = StandardScaler().fit_transform(X)
# scores = cross_val_score(Ridge(alpha=10.0), X_scaled, y, cv=5)
# ```
#
# A colleague says this leaks the test folds into the preprocessing. How should it be written so \
# each fold is scaled using only its own training rows?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'len(scores) == 5',
#     # per fold: scale with the training rows' mean and standard deviation, fit, score the held-out rows
#     'np.allclose(scores, [sklearn.metrics.r2_score(y[test], sklearn.linear_model.Ridge(alpha=10.0).fit((X[train] - X[train].mean(axis=0)) / X[train].std(axis=0), y[train]).predict((X[test] - X[train].mean(axis=0)) / X[train].std(axis=0))) for train, test in sklearn.model_selection.KFold(5).split(X)])',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'pipeline', 'cross-validation', 'standardization']
# edge_cases = true
# ///
from sklearn.linear_model import Ridge
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

# in a pipeline the scaler is refitted on each training fold, so no test fold leaks into it
model = make_pipeline(StandardScaler(), Ridge(alpha=10.0))
scores = cross_val_score(model, X, y, cv=5)
