# /// example
# task = '''
# Write a function `grouped_cv_scores` with the signature and docstring below. On the long-format
# table `rm_long`, predict `score` from the one-hot encoded `condition` and `time` with a
# `LinearRegression()`, grouping by `subject`, with 3 splits; store the fold scores in
# `subject_scores`. Store in `group_error` the message raised when every row is in one group.
#
# ```python
# def grouped_cv_scores(model, X, y, groups, n_splits=5):
#     """R^2 of `model` on each test fold of GroupKFold(n_splits), so that all
#     rows of a group (a subject, a site) are either in training or in test.
#
#     The model is refitted from scratch for every fold. Returns a float
#     array with one score per fold, in GroupKFold's order. Raises
#     ValueError("need at least n_splits groups") when there are fewer
#     distinct groups than n_splits.
#     """
# ```'''
# prompt = """
# Rows from the same subject are correlated, so ordinary k-fold CV flatters my model. Write \
# `grouped_cv_scores(model, X, y, groups, n_splits=5)` that scores R^2 on each fold of a \
# `GroupKFold` (every group entirely in train or in test), refitting the model each time, returns \
# the per-fold scores as an array in the splitter's order, and raises \
# `ValueError("need at least n_splits groups")` when there are too few groups. Apply it to my \
# long table `rm_long`: `score` from one-hot `condition` plus `time`, a `LinearRegression()`, \
# groups from `subject`, 3 splits, into `subject_scores`, and keep the message for a single \
# group in `group_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     # groups 0..3 each hold two rows; every fold tests whole groups only
#     'np.allclose(grouped_cv_scores(sklearn.linear_model.LinearRegression(), np.arange(8.0).reshape(-1, 1), 2 * np.arange(8.0) + 1, np.repeat([0, 1, 2, 3], 2), n_splits=4), 1.0)',
#     '(lambda A, t, g: np.allclose(grouped_cv_scores(sklearn.tree.DecisionTreeRegressor(max_depth=2, random_state=0), A, t, g, n_splits=3), [sklearn.metrics.r2_score(t[te], sklearn.tree.DecisionTreeRegressor(max_depth=2, random_state=0).fit(A[tr], t[tr]).predict(A[te])) for tr, te in sklearn.model_selection.GroupKFold(3).split(A, t, g)]))(np.sin(np.arange(30.0)).reshape(15, 2), np.cos(np.arange(15.0)) + np.arange(15.0) / 5, np.arange(15) % 5)',
#     # a mean-only model: each test fold is scored against the mean of the other groups
#     'np.allclose(grouped_cv_scores(sklearn.dummy.DummyRegressor(), np.zeros((6, 1)), np.array([1.0, 2.0, 4.0, 3.0, 8.0, 5.0]), [7, 7, 8, 8, 9, 9], n_splits=3), [sklearn.metrics.r2_score(np.array([1.0, 2.0, 4.0, 3.0, 8.0, 5.0])[te], np.full(2, np.array([1.0, 2.0, 4.0, 3.0, 8.0, 5.0])[tr].mean())) for tr, te in sklearn.model_selection.GroupKFold(3).split(np.zeros((6, 1)), groups=[7, 7, 8, 8, 9, 9])])',
#     'group_error == "need at least n_splits groups"',
#     'np.shape(subject_scores) == (3,)',
#     '(lambda X: np.allclose(subject_scores, sklearn.model_selection.cross_val_score(sklearn.linear_model.LinearRegression(), X, rm_long["score"], groups=rm_long["subject"], cv=sklearn.model_selection.GroupKFold(3))))(pd.get_dummies(rm_long["condition"], dtype=float).assign(time=rm_long["time"]))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'cross-validation', 'paired-samples', 'regression', 'validation']
# edge_cases = { min_size = 3, why = "three group folds need at least three subjects" }
# ///
import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import GroupKFold, cross_val_score


def grouped_cv_scores(model, X, y, groups, n_splits=5):
    """R^2 of `model` on each test fold of GroupKFold(n_splits), so that all
    rows of a group (a subject, a site) are either in training or in test.

    The model is refitted from scratch for every fold. Returns a float
    array with one score per fold, in GroupKFold's order. Raises
    ValueError("need at least n_splits groups") when there are fewer
    distinct groups than n_splits.
    """
    if len(np.unique(np.asarray(groups))) < n_splits:
        raise ValueError("need at least n_splits groups")
    # the groups go to split(), so no subject is ever on both sides of a fold
    return cross_val_score(
        model, X, y, groups=groups, cv=GroupKFold(n_splits=n_splits), scoring="r2"
    )


features = pd.get_dummies(rm_long["condition"], dtype=float).assign(time=rm_long["time"])
subject_scores = grouped_cv_scores(
    LinearRegression(), features, rm_long["score"], rm_long["subject"], n_splits=3
)

try:
    grouped_cv_scores(
        LinearRegression(), features, rm_long["score"], np.zeros(len(features)), n_splits=3
    )
except ValueError as error:
    group_error = str(error)
