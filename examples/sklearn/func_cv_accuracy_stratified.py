# /// example
# task = '''
# Write a function `cv_accuracy` with the signature and docstring below. Apply it to a
# `LogisticRegression()` on the features `X` and labels `y` with the defaults and
# store the tuple in `cv_result`; store in `rare_error` the message raised for 5 splits when a class
# has only 3 samples.
#
# ```python
# def cv_accuracy(estimator, X, y, n_splits=5, seed=0):
#     """Mean and standard deviation of accuracy over stratified k-fold CV.
#
#     The folds come from StratifiedKFold(n_splits, shuffle=True,
#     random_state=seed); `estimator` is cloned for every fold. Returns the
#     tuple (mean, std) of floats (std with ddof=0). Raises
#     ValueError("every class needs at least n_splits samples") when the
#     rarest class has fewer than `n_splits` samples.
#     """
# ```'''
# prompt = """
# Please write `cv_accuracy(estimator, X, y, n_splits=5, seed=0)` for me: accuracy over a shuffled \
# stratified k-fold (`random_state=seed`), returning `(mean, std)` as floats (population std), and \
# raising `ValueError("every class needs at least n_splits samples")` when the smallest class has \
# fewer than `n_splits` rows. Score a default logistic regression on my `X`, `y` into `cv_result`, \
# and keep the message for 5 splits with a 3-sample class in `rare_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'np.allclose(cv_accuracy(sklearn.tree.DecisionTreeClassifier(max_depth=1, random_state=0), np.arange(20.0).reshape(-1, 1), (np.arange(20) % 3 == 0).astype(int)), (lambda s: (s.mean(), s.std()))(sklearn.model_selection.cross_val_score(sklearn.tree.DecisionTreeClassifier(max_depth=1, random_state=0), np.arange(20.0).reshape(-1, 1), (np.arange(20) % 3 == 0).astype(int), cv=sklearn.model_selection.StratifiedKFold(5, shuffle=True, random_state=0))))',
#     'np.allclose(cv_accuracy(sklearn.neighbors.KNeighborsClassifier(3), np.column_stack([np.arange(30.0), np.arange(30.0) % 7]), np.arange(30) % 2, n_splits=3, seed=4), (lambda s: (s.mean(), s.std()))(sklearn.model_selection.cross_val_score(sklearn.neighbors.KNeighborsClassifier(3), np.column_stack([np.arange(30.0), np.arange(30.0) % 7]), np.arange(30) % 2, cv=sklearn.model_selection.StratifiedKFold(3, shuffle=True, random_state=4))))',
#     'cv_accuracy(sklearn.tree.DecisionTreeClassifier(random_state=0), np.r_[np.arange(6.0), np.arange(100.0, 106.0)].reshape(-1, 1), np.arange(12) >= 6, n_splits=2) == (1.0, 0.0)',
#     'rare_error == "every class needs at least n_splits samples"',
#     'np.allclose(cv_result, (lambda s: (s.mean(), s.std()))(sklearn.model_selection.cross_val_score(sklearn.linear_model.LogisticRegression(), X, y, cv=sklearn.model_selection.StratifiedKFold(5, shuffle=True, random_state=0))))',
#     'all(isinstance(value, float) for value in cv_result)',
#     # a rarest class of exactly n_splits samples is enough: no error
#     'np.allclose(cv_accuracy(sklearn.dummy.DummyClassifier(), np.arange(10.0).reshape(-1, 1), np.arange(10) % 2), (0.5, 0.0))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'cross-validation', 'model-evaluation', 'validation']
# edge_cases = { min_size = 40, why = "5-fold stratified CV needs at least 5 samples of each class; the rarest class gets 15% of 40 rows" }
# ///
import numpy as np
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import StratifiedKFold


def cv_accuracy(estimator, X, y, n_splits=5, seed=0):
    """Mean and standard deviation of accuracy over stratified k-fold CV.

    The folds come from StratifiedKFold(n_splits, shuffle=True,
    random_state=seed); `estimator` is cloned for every fold. Returns the
    tuple (mean, std) of floats (std with ddof=0). Raises
    ValueError("every class needs at least n_splits samples") when the
    rarest class has fewer than `n_splits` samples.
    """
    X, y = np.asarray(X), np.asarray(y)
    if np.unique(y, return_counts=True)[1].min() < n_splits:
        raise ValueError("every class needs at least n_splits samples")
    folds = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    scores = []
    for train, test in folds.split(X, y):
        # a fresh clone per fold so no fold sees a model fitted on another
        model = clone(estimator).fit(X[train], y[train])
        scores.append(accuracy_score(y[test], model.predict(X[test])))
    return float(np.mean(scores)), float(np.std(scores))


cv_result = cv_accuracy(LogisticRegression(), X, y)

try:
    cv_accuracy(LogisticRegression(), np.arange(10.0).reshape(-1, 1), np.arange(10) < 3)
except ValueError as error:
    rare_error = str(error)
