# /// example
# task = """
# This code should score `Ridge(alpha=1.0)` on `X`, `y` with 3-fold cross-validation on shuffled \
# folds (seed 0), storing the three R² values in `scores`, but it raises an error:
#
# ```python
# from sklearn.linear_model import Ridge
# from sklearn.model_selection import KFold, cross_val_score
#
# scores = cross_val_score(Ridge(alpha=1.0), X, y, cv=KFold(n_splits=3, random_state=0))
# ```
#
# ```text
# ValueError: Setting a random_state has no effect since shuffle is False. You should leave random_state to its default (None), or set shuffle=True.
# ```
#
# Fix it."""
# prompt = """
# My rows in `X`, `y` are ordered, so I want 3-fold CV of a ridge model (`alpha=1.0`) on \
# randomly shuffled folds, reproducible with seed 0, and the R² per fold in `scores`:
#
# ```python
# from sklearn.linear_model import Ridge
# from sklearn.model_selection import KFold, cross_val_score
#
# scores = cross_val_score(Ridge(alpha=1.0), X, y, cv=KFold(n_splits=3, random_state=0))
# ```
#
# ```text
# ValueError: Setting a random_state has no effect since shuffle is False. You should leave random_state to its default (None), or set shuffle=True.
# ```
#
# I did set a seed, so why does it complain?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'len(scores) == 3',
#     'np.allclose(scores, [sklearn.metrics.r2_score(y[te], sklearn.linear_model.Ridge(alpha=1.0).fit(X[tr], y[tr]).predict(X[te])) for tr, te in sklearn.model_selection.KFold(n_splits=3, shuffle=True, random_state=0).split(X)])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'cross-validation', 'regression']
# edge_cases = { min_size = 12, why = "R² needs at least two rows in each of the three test folds" }
# ///
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_val_score

# random_state only takes effect when the rows are shuffled before splitting
folds = KFold(n_splits=3, shuffle=True, random_state=0)
scores = cross_val_score(Ridge(alpha=1.0), X, y, cv=folds)
