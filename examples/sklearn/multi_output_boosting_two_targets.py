# /// example
# task = """
# Build a two-column target `Y` from `y` (column 0: `y`; column 1: `y` divided by its standard \
# deviation, or `y` itself when that is 0), fit `MultiOutputRegressor(GradientBoostingRegressor(n_estimators=20, max_depth=2, random_state=0))` \
# to `X`, `Y` and store the (n, 2) predictions for `X` in `Y_pred`."""
# prompt = """
# `GradientBoostingRegressor` only predicts one target, but I need two: `y` itself and `y` scaled to unit standard \
# deviation (just `y` if its std is 0), stacked as `Y`. Wrap a small boosted model (`n_estimators=20`, `max_depth=2`, `random_state=0`) so that \
# one model is fitted per target on `X`, and give me the two-column predictions as `Y_pred`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'np.shape(Y_pred) == (len(y), 2)',
#     # one independent model per target column
#     '(lambda t: np.allclose(Y_pred, np.column_stack([sklearn.ensemble.GradientBoostingRegressor(n_estimators=20, max_depth=2, random_state=0).fit(X, c).predict(X) for c in t]), atol=1e-6 * (1 + np.abs(y).max())))([y, y / (np.std(y) if np.std(y) > 0 else 1.0)])',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'ensemble']
# edge_cases = true
# ///
import numpy as np
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.multioutput import MultiOutputRegressor

scale = np.std(y) if np.std(y) > 0 else 1.0
Y = np.column_stack([y, y / scale])
# MultiOutputRegressor clones the booster and fits one copy per target column
model = MultiOutputRegressor(
    GradientBoostingRegressor(n_estimators=20, max_depth=2, random_state=0)
).fit(X, Y)
Y_pred = model.predict(X)
