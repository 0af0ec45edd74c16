import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score
from sklearn.model_selection import GroupKFold


def grouped_cv_scores(model, X, y, groups, n_splits=5):
    """R^2 of `model` on each test fold of GroupKFold(n_splits), so that all
    rows of a group (a subject, a site) are either in training or in test.

    The model is refitted from scratch for every fold. Returns a float
    array with one score per fold, in GroupKFold's order. Raises
    ValueError("need at least n_splits groups") when there are fewer
    distinct groups than n_splits.
    """
    groups = pd.Series(np.asarray(groups))
    if groups.nunique() < n_splits:
        raise ValueError("need at least n_splits groups")
    X_arr, y_arr = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    scores = []
    for train, test in GroupKFold(n_splits=n_splits).split(X_arr, y_arr, groups):
        fitted = clone(model).fit(X_arr[train], y_arr[train])
        scores.append(r2_score(y_arr[test], fitted.predict(X_arr[test])))
    return np.array(scores)


X = pd.get_dummies(rm_long["condition"], dtype=float)
X["time"] = rm_long["time"]
subject_scores = grouped_cv_scores(
    LinearRegression(), X, rm_long["score"], rm_long["subject"], n_splits=3
)

try:
    grouped_cv_scores(LinearRegression(), X, rm_long["score"], ["one"] * len(X), n_splits=3)
except ValueError as exc:
    group_error = str(exc)
