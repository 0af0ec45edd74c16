# /// example
# task = """
# Choose the ridge penalty for `X`, `y` on one fixed validation block instead of k folds: the first \
# 75% of the rows (`int(0.75 * len(X))`) train and the remaining rows validate, expressed with \
# `PredefinedSplit` inside `GridSearchCV` over `alpha` in `[0.1, 1.0, 10.0]` (R² scoring). Store the \
# chosen alpha in `best_alpha` and the validation R² of each alpha (in grid order) in `val_scores`."""
# prompt = """
# My rows in `X`, `y` are in time order, so I want to tune Ridge's `alpha` over `[0.1, 1.0, 10.0]` \
# on a single hold-out block: train on the first `int(0.75 * len(X))` rows, validate on the rest, \
# still using `GridSearchCV` (a `PredefinedSplit`). Please give me the best alpha in `best_alpha` \
# and the validation R² for each alpha in `val_scores`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     '(lambda k: np.allclose(val_scores, [sklearn.metrics.r2_score(y[k:], sklearn.linear_model.Ridge(alpha=a).fit(X[:k], y[:k]).predict(X[k:])) for a in [0.1, 1.0, 10.0]]))(int(0.75 * len(X)))',
#     '[0.1, 1.0, 10.0][int(np.argmax(val_scores))] == best_alpha',
# ]
# difficulty = 'intermediate'
# tags = ['model-selection', 'regularization', 'train-test-split']
# edge_cases = { min_size = 12, why = "the fixed validation block needs at least two rows for an R² score" }
# ///
import numpy as np
from sklearn.linear_model import Ridge
from sklearn.model_selection import GridSearchCV, PredefinedSplit

n_train = int(0.75 * len(X))
# -1 marks rows that are always in training; 0 puts a row in the single validation fold
test_fold = np.where(np.arange(len(X)) < n_train, -1, 0)
search = GridSearchCV(
    Ridge(), {"alpha": [0.1, 1.0, 10.0]}, cv=PredefinedSplit(test_fold), scoring="r2"
)
search.fit(X, y)
best_alpha = search.best_params_["alpha"]
val_scores = search.cv_results_["mean_test_score"]
