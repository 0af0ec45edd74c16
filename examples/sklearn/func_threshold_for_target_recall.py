# /// example
# task = '''
# Write a function `threshold_for_recall` with the signature and docstring below. Fit
# `LogisticRegression(max_iter=500)` to `X`, `y`, and store `threshold_for_recall(y,
# model.predict_proba(X)[:, 1], min_recall=0.9)` in `operating_point`; store in `no_pos_error` the
# message raised for labels `[0, 0]` with scores `[0.1, 0.2]`.
#
# ```python
# def threshold_for_recall(y_true, scores, min_recall=0.9):
#     """Highest score threshold whose recall is at least min_recall.
#
#     A sample is predicted positive when its score >= threshold. Returns a
#     tuple (threshold, precision, recall) at that threshold, using
#     precision_recall_curve. Raises ValueError("no positive samples") when
#     y_true has no 1s.
#     """
# ```'''
# prompt = """
# For my rare-event classifier I must catch at least 90% of positives, and then want as few alarms \
# as possible. Write `threshold_for_recall(y_true, scores, min_recall=0.9)` returning the highest \
# threshold (positive when score >= threshold) that still reaches the recall, with its precision \
# and recall, as `(threshold, precision, recall)` from `precision_recall_curve`; it should raise \
# `ValueError("no positive samples")` if there are no 1s. Apply it to a logistic regression \
# (`max_iter=500`) fitted on `X`, `y` with `min_recall=0.9`, into `operating_point`, and keep the \
# message for labels `[0, 0]` with scores `[0.1, 0.2]` in `no_pos_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# checks = [
#     # recall 1 at 0.35 and 0.1 but only 0.5 at 0.4 and 0.8: the highest with recall >= 0.9 is 0.35, with recall >= 0.5 it is 0.8
#     '(lambda r: np.allclose(r, (0.35, 2 / 3, 1.0)))(threshold_for_recall([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], min_recall=0.9))',
#     '(lambda r: np.allclose(r, (0.8, 1.0, 0.5)))(threshold_for_recall([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], min_recall=0.5))',
#     '(lambda r: np.allclose(r, (0.7, 0.75, 1.0)))(threshold_for_recall(np.array([1, 0, 1, 1, 0]), np.array([0.9, 0.7, 0.7, 0.8, 0.2])))',
#     'no_pos_error == "no positive samples"',
#     '(lambda s: (lambda t: np.isclose(operating_point[0], t) and np.isclose(operating_point[2], np.mean(s[y == 1] >= t)) and np.isclose(operating_point[1], np.mean(y[s >= t] == 1)))(max(v for v in np.unique(s) if np.mean(s[y == 1] >= v) >= 0.9)))(sklearn.linear_model.LogisticRegression(max_iter=500).fit(X, y).predict_proba(X)[:, 1])',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'classifier-scores', 'imbalanced-classes', 'validation']
# edge_cases = true
# ///
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_curve


def threshold_for_recall(y_true, scores, min_recall=0.9):
    """Highest score threshold whose recall is at least min_recall.

    A sample is predicted positive when its score >= threshold. Returns a
    tuple (threshold, precision, recall) at that threshold, using
    precision_recall_curve. Raises ValueError("no positive samples") when
    y_true has no 1s.
    """
    y_true = np.asarray(y_true)
    if not np.any(y_true == 1):
        raise ValueError("no positive samples")
    precision, recall, thresholds = precision_recall_curve(y_true, scores)
    # the last precision/recall pair has no threshold; recall falls as the threshold rises
    ok = np.flatnonzero(recall[:-1] >= min_recall)
    best = ok[np.argmax(thresholds[ok])]
    return float(thresholds[best]), float(precision[best]), float(recall[best])


model = LogisticRegression(max_iter=500).fit(X, y)
operating_point = threshold_for_recall(y, model.predict_proba(X)[:, 1], min_recall=0.9)

try:
    threshold_for_recall([0, 0], [0.1, 0.2])
except ValueError as error:
    no_pos_error = str(error)
