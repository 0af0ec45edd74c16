# /// example
# task = '''
# Write a function `per_class_auc` with the signature and docstring below. Fit
# `LogisticRegression(max_iter=500)` to `X`, `y` and store `per_class_auc(y, model.predict_proba(X),
# model.classes_)` in `aucs`.
#
# ```python
# def per_class_auc(y_true, proba, classes):
#     """One-vs-rest ROC AUC of every class, as a dict {class: auc}.
#
#     proba has one column per entry of `classes` (in that order). A class
#     that is absent from y_true (or the only class present) has no
#     defined AUC and maps to None.
#     """
# ```'''
# prompt = """
# The macro AUC hides which class my model struggles with. Write `per_class_auc(y_true, proba, \
# classes)` that returns the one-vs-rest ROC AUC for each class as a dict, with `None` for a class \
# whose AUC isn't defined (absent from `y_true`, or the only class present). Then fit a logistic \
# regression (`max_iter=500`) on `X`, `y` and store the per-class AUCs of its training \
# probabilities in `aucs`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     '(lambda r: r["a"] == 1.0 and np.isclose(r["b"], 0.75) and r["c"] is None)(per_class_auc(["a", "b", "a", "b"], np.array([[0.9, 0.1, 0.0], [0.4, 0.6, 0.0], [0.8, 0.1, 0.1], [0.6, 0.1, 0.3]]), ["a", "b", "c"]))',
#     '(lambda r: np.isclose(r[0], 0.75) and np.isclose(r[1], 0.75))(per_class_auc(np.array([0, 0, 1, 1]), np.array([[0.9, 0.1], [0.3, 0.7], [0.6, 0.4], [0.2, 0.8]]), np.array([0, 1])))',
#     'per_class_auc([2, 2, 2], np.array([[0.2, 0.8], [0.5, 0.5], [0.1, 0.9]]), [1, 2]) == {1: None, 2: None}',
#     '(lambda P, cls: all(np.isclose(aucs[c], sklearn.metrics.roc_auc_score(y == c, P[:, i])) for i, c in enumerate(cls) if 0 < np.sum(y == c) < len(y)))(sklearn.linear_model.LogisticRegression(max_iter=500).fit(X, y).predict_proba(X), np.unique(y))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'classifier-scores', 'model-evaluation']
# edge_cases = true
# ///
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score


def per_class_auc(y_true, proba, classes):
    """One-vs-rest ROC AUC of every class, as a dict {class: auc}.

    proba has one column per entry of `classes` (in that order). A class
    that is absent from y_true (or the only class present) has no
    defined AUC and maps to None.
    """
    y_true = np.asarray(y_true)
    proba = np.asarray(proba)
    result = {}
    for column, label in enumerate(classes):
        is_class = y_true == label
        # AUC needs both positives and negatives
        if is_class.all() or not is_class.any():
            result[label] = None
        else:
            result[label] = float(roc_auc_score(is_class, proba[:, column]))
    return result


model = LogisticRegression(max_iter=500).fit(X, y)
aucs = per_class_auc(y, model.predict_proba(X), model.classes_)
