# /// example
# task = """
# Under-predicting demand costs three times as much as over-predicting it. Write that cost \
# (mean of 3 * shortfall where the truth exceeds the prediction, and of the excess otherwise), \
# turn it into a scorer with `make_scorer` (lower is better), keep it as `scorer`, and \
# cross-validate `Ridge(alpha=1.0)` on `X`, `y` with it over `KFold(5, shuffle=True, \
# random_state=0)`; store the five fold costs as positive numbers in `costs`."""
# prompt = """
# For my demand model on `X`, `y`, under-predicting costs three times as much as \
# over-predicting: the cost is the mean of 3 times the shortfall when the true value is above \
# the prediction, and of the plain excess when it is below. Make a scikit-learn scorer from that \
# cost (lower is better), keep it as `scorer`, and use it to cross-validate a ridge regression \
# with alpha 1.0 over 5 shuffled K-folds with random_state=0. Store the five fold costs as \
# positive numbers in `costs`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'len(costs) == 5 and np.all(np.asarray(costs) >= 0)',
#     'np.allclose(costs, [np.mean(3 * np.maximum(y[test] - prediction, 0) + np.maximum(prediction - y[test], 0)) for train, test in sklearn.model_selection.KFold(5, shuffle=True, random_state=0).split(X) for prediction in [sklearn.linear_model.Ridge(alpha=1.0).fit(X[train], y[train]).predict(X[test])]])',
#     # a lower-is-better scorer returns the negated cost
#     'np.isclose(scorer(sklearn.linear_model.Ridge(alpha=1.0).fit(X, y), X, y), -np.mean(3 * np.maximum(y - sklearn.linear_model.Ridge(alpha=1.0).fit(X, y).predict(X), 0) + np.maximum(sklearn.linear_model.Ridge(alpha=1.0).fit(X, y).predict(X) - y, 0)))',
# ]
# difficulty = 'intermediate'
# tags = ['model-evaluation', 'cross-validation', 'regression']
# edge_cases = true
# ///
import numpy as np
from sklearn.linear_model import Ridge
from sklearn.metrics import make_scorer
from sklearn.model_selection import KFold, cross_val_score


def asymmetric_cost(y_true, y_pred):
    residual = y_true - y_pred
    return np.mean(np.where(residual > 0, 3 * residual, -residual))


# greater_is_better=False makes the scorer return -cost, so higher scores stay better
scorer = make_scorer(asymmetric_cost, greater_is_better=False)
cv = KFold(n_splits=5, shuffle=True, random_state=0)
costs = -cross_val_score(Ridge(alpha=1.0), X, y, scoring=scorer, cv=cv)
