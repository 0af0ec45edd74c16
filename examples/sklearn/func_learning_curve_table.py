# /// example
# task = '''
# Write a function `learning_curve_table` with the signature and docstring below. Apply it to
# `DecisionTreeClassifier(max_depth=3, random_state=0)` on the features `X` and labels `y` with
# the defaults and store the DataFrame in `curve`.
#
# ```python
# def learning_curve_table(estimator, X, y, train_sizes=(0.3, 0.6, 1.0), cv=5):
#     """Summarise sklearn.model_selection.learning_curve as a table.
#
#     Runs learning_curve(estimator, X, y, train_sizes=train_sizes, cv=cv)
#     with the estimator's default scorer. Returns a DataFrame with one row
#     per training size and columns "n_train" (int), "train_mean",
#     "valid_mean" (mean scores over the folds) and "gap"
#     (train_mean - valid_mean).
#     """
# ```'''
# prompt = """
# I look at learning curves for every model, so write `learning_curve_table(estimator, X, y, \
# train_sizes=(0.3, 0.6, 1.0), cv=5)` that calls scikit-learn's `learning_curve` with those \
# settings and returns a DataFrame with one row per training size: `"n_train"`, the fold-mean \
# training score `"train_mean"`, the fold-mean validation score `"valid_mean"` and their \
# difference `"gap"` (train minus validation). Run it for a \
# `DecisionTreeClassifier(max_depth=3, random_state=0)` on my `X`, `y` into `curve`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     '(lambda Z, t: (lambda c, ref: list(c.columns) == ["n_train", "train_mean", "valid_mean", "gap"] and np.array_equal(c["n_train"], ref[0]) and np.allclose(c["train_mean"], ref[1].mean(axis=1)) and np.allclose(c["valid_mean"], ref[2].mean(axis=1)))(learning_curve_table(sklearn.neighbors.KNeighborsClassifier(3), Z, t, train_sizes=[0.5, 1.0], cv=3), sklearn.model_selection.learning_curve(sklearn.neighbors.KNeighborsClassifier(3), Z, t, train_sizes=[0.5, 1.0], cv=3)))(np.random.default_rng(0).normal(size=(60, 2)), np.arange(60) % 2)',
#     # a regressor is scored with R^2; absolute train sizes are passed through
#     '(lambda Z, t: (lambda c, ref: np.array_equal(c["n_train"], [10, 20]) and np.allclose(c["valid_mean"], ref[2].mean(axis=1)) and np.allclose(c["gap"], ref[1].mean(axis=1) - ref[2].mean(axis=1)))(learning_curve_table(sklearn.linear_model.Ridge(), Z, t, train_sizes=[10, 20], cv=4), sklearn.model_selection.learning_curve(sklearn.linear_model.Ridge(), Z, t, train_sizes=[10, 20], cv=4)))(np.arange(80.0).reshape(40, 2) % 9, np.arange(40.0) % 5 + np.arange(40.0) / 10)',
#     # a mean-only regressor scores R^2 = 0 on its own training data
#     '(lambda c: np.allclose(c["train_mean"], 0.0) and np.array_equal(c["n_train"], sklearn.model_selection.learning_curve(sklearn.dummy.DummyRegressor(), np.zeros((24, 1)), np.arange(24.0) % 7, train_sizes=[0.5, 1.0], cv=3)[0]))(learning_curve_table(sklearn.dummy.DummyRegressor(), np.zeros((24, 1)), np.arange(24.0) % 7, train_sizes=[0.5, 1.0], cv=3))',
#     'len(curve) == 3 and curve["n_train"].dtype.kind == "i" and curve["n_train"].is_monotonic_increasing',
#     '(lambda ref: np.array_equal(curve["n_train"], ref[0]) and np.allclose(curve["train_mean"], ref[1].mean(axis=1)) and np.allclose(curve["valid_mean"], ref[2].mean(axis=1)) and np.allclose(curve["gap"], curve["train_mean"] - curve["valid_mean"]))(sklearn.model_selection.learning_curve(sklearn.tree.DecisionTreeClassifier(max_depth=3, random_state=0), X, y, train_sizes=[0.3, 0.6, 1.0], cv=5))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'model-selection', 'cross-validation', 'model-evaluation']
# edge_cases = { min_size = 40, why = "5-fold stratified CV needs at least 5 samples of each class; the rarest class gets 15% of 40 rows" }
# ///
import pandas as pd
from sklearn.model_selection import learning_curve
from sklearn.tree import DecisionTreeClassifier


def learning_curve_table(estimator, X, y, train_sizes=(0.3, 0.6, 1.0), cv=5):
    """Summarise sklearn.model_selection.learning_curve as a table.

    Runs learning_curve(estimator, X, y, train_sizes=train_sizes, cv=cv)
    with the estimator's default scorer. Returns a DataFrame with one row
    per training size and columns "n_train" (int), "train_mean",
    "valid_mean" (mean scores over the folds) and "gap"
    (train_mean - valid_mean).
    """
    n_train, train_scores, valid_scores = learning_curve(
        estimator, X, y, train_sizes=list(train_sizes), cv=cv
    )
    table = pd.DataFrame(
        {
            "n_train": n_train.astype(int),
            # scores have one column per fold: average across axis 1
            "train_mean": train_scores.mean(axis=1),
            "valid_mean": valid_scores.mean(axis=1),
        }
    )
    table["gap"] = table["train_mean"] - table["valid_mean"]
    return table


curve = learning_curve_table(DecisionTreeClassifier(max_depth=3, random_state=0), X, y)
