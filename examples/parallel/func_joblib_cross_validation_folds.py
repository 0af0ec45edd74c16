# /// example
# task = '''
# Write a function `parallel_cv_scores` with the signature and docstring below, fitting the folds in
# joblib threads. Apply it to a `Ridge()` model on `X`, `y` with the default 3 folds and store the
# scores in `fold_scores`; store in `split_error` the message of the error raised for `n_splits=1`.
#
# ```python
# def parallel_cv_scores(model, X, y, n_splits=3, n_jobs=2):
#     """Score `model` by K-fold cross-validation, fitting the folds in parallel threads.
#
#     Splits the rows of the arrays X, y with KFold(n_splits) (contiguous folds, no
#     shuffling), fits a fresh clone of `model` on each training part, and returns a
#     1-D array of model.score on each test part, in fold order. `model` itself is
#     left unfitted. Raises ValueError when n_splits is less than 2.
#     """
# ```'''
# prompt = '''
# I want my own small cross-validation helper that runs the folds in joblib threads:
# `parallel_cv_scores(model, X, y, n_splits=3, n_jobs=2)` should split with KFold (no shuffling),
# fit a fresh clone of `model` on each training part, and return the test-part scores
# (`model.score`) in fold order as a 1-D array, without fitting the `model` I pass in; `n_splits`
# below 2 must raise a ValueError. Run it for a `Ridge()` model on `X`, `y` into `fold_scores`, and
# keep the error message for `n_splits=1` in `split_error`.
#
# ```python
# def parallel_cv_scores(model, X, y, n_splits=3, n_jobs=2):
#     """Score `model` by K-fold cross-validation, fitting the folds in parallel threads.
#
#     Splits the rows of the arrays X, y with KFold(n_splits) (contiguous folds, no
#     shuffling), fits a fresh clone of `model` on each training part, and returns a
#     1-D array of model.score on each test part, in fold order. `model` itself is
#     left unfitted. Raises ValueError when n_splits is less than 2.
#     """
# ```'''
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'joblib', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'np.allclose(fold_scores, sklearn.model_selection.cross_val_score(sklearn.linear_model.Ridge(), X, y, cv=sklearn.model_selection.KFold(3)))',
#     'np.allclose(parallel_cv_scores(sklearn.naive_bayes.GaussianNB(), *sklearn.datasets.make_classification(n_samples=60, random_state=0), n_splits=4), sklearn.model_selection.cross_val_score(sklearn.naive_bayes.GaussianNB(), *sklearn.datasets.make_classification(n_samples=60, random_state=0), cv=sklearn.model_selection.KFold(4)))',
#     # a depth-2 tree on a parabola: each contiguous test fold is scored on its own
#     'np.allclose(parallel_cv_scores(sklearn.tree.DecisionTreeRegressor(max_depth=2, random_state=0), np.arange(20.0).reshape(-1, 1), np.arange(20.0) ** 2, n_splits=5), sklearn.model_selection.cross_val_score(sklearn.tree.DecisionTreeRegressor(max_depth=2, random_state=0), np.arange(20.0).reshape(-1, 1), np.arange(20.0) ** 2, cv=sklearn.model_selection.KFold(5)))',
#     '(lambda model: parallel_cv_scores(model, X, y).shape == (3,) and not hasattr(model, "coef_"))(sklearn.linear_model.Ridge())',
#     'isinstance(split_error, str) and len(split_error) > 0',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'parallelism', 'cross-validation', 'error-handling']
# [edge_cases]
# min_size = 6
# why = 'three folds need test parts of at least two samples for an R2 score'
# ///
import numpy as np
from joblib import Parallel, delayed
from sklearn.base import clone
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold


def parallel_cv_scores(model, X, y, n_splits=3, n_jobs=2):
    """Score `model` by K-fold cross-validation, fitting the folds in parallel threads.

    Splits the rows of the arrays X, y with KFold(n_splits) (contiguous folds, no
    shuffling), fits a fresh clone of `model` on each training part, and returns a
    1-D array of model.score on each test part, in fold order. `model` itself is
    left unfitted. Raises ValueError when n_splits is less than 2.
    """
    X, y = np.asarray(X), np.asarray(y)
    folds = KFold(n_splits=n_splits)  # raises ValueError for n_splits < 2

    def fit_and_score(train, test):
        # clone: each thread fits its own copy, never the shared `model`
        fitted = clone(model).fit(X[train], y[train])
        return fitted.score(X[test], y[test])

    scores = Parallel(n_jobs=n_jobs, prefer="threads")(
        delayed(fit_and_score)(train, test) for train, test in folds.split(X)
    )
    return np.array(scores)


fold_scores = parallel_cv_scores(Ridge(), X, y)
try:
    parallel_cv_scores(Ridge(), X, y, n_splits=1)
except ValueError as error:
    split_error = str(error)
