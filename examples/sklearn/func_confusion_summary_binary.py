# /// example
# task = '''
# Write a function `confusion_summary` with the signature and docstring below. Fit a default
# `LogisticRegression` on the features `X` and labels `y`, store its in-sample predictions in
# `y_pred`, and store `confusion_summary(y, y_pred)` in `summary`.
#
# ```python
# def confusion_summary(y_true, y_pred, positive=1):
#     """Counts and rates of a binary confusion matrix.
#
#     Returns a dict with the int counts "tp", "fp", "fn", "tn" (a label equal
#     to `positive` is positive, every other label negative) and the floats
#     "precision" = tp / (tp + fp), "recall" = tp / (tp + fn) and
#     "specificity" = tn / (tn + fp); a rate whose denominator is 0 is 0.0.
#     """
# ```'''
# prompt = """
# I want one helper, `confusion_summary(y_true, y_pred, positive=1)`, that returns a dict with the \
# counts `"tp"`, `"fp"`, `"fn"`, `"tn"` (anything that isn't `positive` counts as negative) and \
# `"precision"`, `"recall"` and `"specificity"`, with `0.0` when a rate would divide by zero. \
# Check it on a default logistic regression fitted to my `X`, `y`: keep the in-sample \
# predictions in `y_pred` and the summary in `summary`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     # three different rates, so swapping precision, recall and specificity is caught
#     '(lambda s: [s[key] for key in ("tp", "fp", "fn", "tn")] == [2, 1, 2, 3] and np.allclose([s["precision"], s["recall"], s["specificity"]], [2 / 3, 1 / 2, 3 / 4]))(confusion_summary([1, 1, 1, 1, 0, 0, 0, 0], [1, 1, 0, 0, 1, 0, 0, 0]))',
#     # "spam" is the positive label; the other two labels are negatives
#     '(lambda s: [s[key] for key in ("tp", "fp", "fn", "tn")] == [1, 1, 1, 2] and np.allclose([s["precision"], s["recall"], s["specificity"]], [1 / 2, 1 / 2, 2 / 3]))(confusion_summary(["spam", "ham", "eggs", "spam", "eggs"], ["spam", "spam", "ham", "ham", "eggs"], positive="spam"))',
#     '(lambda s: [s[key] for key in ("tp", "fp", "fn", "tn")] == [0, 0, 0, 3] and np.allclose([s["precision"], s["recall"], s["specificity"]], [0.0, 0.0, 1.0]))(confusion_summary([0, 0, 0], [0, 0, 0]))',
#     'np.array_equal(y_pred, sklearn.linear_model.LogisticRegression().fit(X, y).predict(X))',
#     '[summary[key] for key in ("tn", "fp", "fn", "tp")] == sklearn.metrics.confusion_matrix(y, y_pred, labels=[0, 1]).ravel().tolist()',
#     'np.isclose(summary["precision"], sklearn.metrics.precision_score(y, y_pred, zero_division=0.0)) and np.isclose(summary["recall"], sklearn.metrics.recall_score(y, y_pred, zero_division=0.0))',
#     'np.isclose(summary["specificity"], sklearn.metrics.recall_score(y, y_pred, pos_label=0, zero_division=0.0))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'model-evaluation', 'classification']
# edge_cases = true
# ///
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix


def confusion_summary(y_true, y_pred, positive=1):
    """Counts and rates of a binary confusion matrix.

    Returns a dict with the int counts "tp", "fp", "fn", "tn" (a label equal
    to `positive` is positive, every other label negative) and the floats
    "precision" = tp / (tp + fp), "recall" = tp / (tp + fn) and
    "specificity" = tn / (tn + fp); a rate whose denominator is 0 is 0.0.
    """
    actual = np.asarray(y_true) == positive
    predicted = np.asarray(y_pred) == positive
    # labels=[False, True] keeps the 2 x 2 layout even when one class never occurs
    tn, fp, fn, tp = confusion_matrix(actual, predicted, labels=[False, True]).ravel().tolist()

    def rate(numerator, denominator):
        return numerator / denominator if denominator else 0.0

    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": rate(tp, tp + fp),
        "recall": rate(tp, tp + fn),
        "specificity": rate(tn, tn + fp),
    }


y_pred = LogisticRegression().fit(X, y).predict(X)
summary = confusion_summary(y, y_pred)
