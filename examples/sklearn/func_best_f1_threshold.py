# /// example
# task = '''
# Write a function `best_f1_threshold` with the signature and docstring below. Fit a default
# `LogisticRegression` on the features `X` and labels `y`, store its in-sample positive-class
# probabilities in `proba`, and store `best_f1_threshold(y, proba)` in `threshold, best_f1`. Store
# in `no_positive_error` the message raised for the labels `[0, 0, 0]` with the scores
# `[0.2, 0.5, 0.9]`.
#
# ```python
# def best_f1_threshold(y_true, scores):
#     """The decision threshold that maximises F1 for binary labels (1 = positive).
#
#     A sample is predicted positive when its score is >= the threshold; the
#     candidate thresholds are the distinct scores. Returns the tuple
#     (threshold, f1) as floats; among thresholds with equal F1 the lowest
#     wins. Raises ValueError("y_true has no positive sample") when no label
#     is 1.
#     """
# ```'''
# prompt = """
# The default 0.5 cut-off is poor on my imbalanced data, so I need `best_f1_threshold(y_true, \
# scores)`: try every distinct score as the threshold (positive when score >= threshold), return \
# `(threshold, f1)` as floats for the best F1 (lowest threshold on ties), and raise \
# `ValueError("y_true has no positive sample")` when there are no 1 labels. Try it on the in-sample \
# positive-class probabilities of a default logistic regression on my `X`, `y`, kept in `proba`, and \
# store the result in `threshold, best_f1`. Keep the message for the labels `[0, 0, 0]` with the \
# scores `[0.2, 0.5, 0.9]` in `no_positive_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# checks = [
#     'np.allclose(best_f1_threshold([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), (0.35, 0.8))',
#     # ties: thresholds 0.2 and 0.9 both give F1 = 2/3, the lower one is returned
#     'np.allclose(best_f1_threshold([1, 0, 0, 1], [0.2, 0.4, 0.6, 0.9]), (0.2, 2 / 3))',
#     'np.allclose(best_f1_threshold([0, 1, 0, 1, 1], [3.0, 3.0, -1.0, 7.0, 7.0]), (3.0, sklearn.metrics.f1_score([0, 1, 0, 1, 1], np.array([3.0, 3.0, -1.0, 7.0, 7.0]) >= 3.0)))',
#     'no_positive_error == "y_true has no positive sample"',
#     'np.allclose(proba, sklearn.linear_model.LogisticRegression().fit(X, y).predict_proba(X)[:, 1])',
#     # F1 = 2 TP / (predicted positives + actual positives) at every distinct score, lowest best threshold
#     '(lambda cuts, positive: (lambda f1: np.isclose(best_f1, f1.max()) and np.isclose(threshold, cuts[np.isclose(f1, f1.max())].min()))(2 * ((proba[None, :] >= cuts[:, None]) & positive).sum(axis=1) / ((proba[None, :] >= cuts[:, None]).sum(axis=1) + positive.sum())))(np.unique(proba), np.asarray(y) == 1)',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'classifier-scores', 'model-evaluation', 'imbalanced-classes', 'validation']
# edge_cases = true
# ///
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_curve


def best_f1_threshold(y_true, scores):
    """The decision threshold that maximises F1 for binary labels (1 = positive).

    A sample is predicted positive when its score is >= the threshold; the
    candidate thresholds are the distinct scores. Returns the tuple
    (threshold, f1) as floats; among thresholds with equal F1 the lowest
    wins. Raises ValueError("y_true has no positive sample") when no label
    is 1.
    """
    y_true = np.asarray(y_true)
    if not np.any(y_true == 1):
        raise ValueError("y_true has no positive sample")
    precision, recall, thresholds = precision_recall_curve(y_true, scores)
    # the last precision/recall pair (1, 0) has no threshold: drop it to align the arrays
    precision, recall = precision[:-1], recall[:-1]
    denominator = precision + recall
    f1 = np.divide(
        2 * precision * recall, denominator, out=np.zeros_like(denominator), where=denominator > 0
    )
    best = np.argmax(f1)  # thresholds are increasing, so the first maximum is the lowest
    return float(thresholds[best]), float(f1[best])


proba = LogisticRegression().fit(X, y).predict_proba(X)[:, 1]
threshold, best_f1 = best_f1_threshold(y, proba)

try:
    best_f1_threshold([0, 0, 0], [0.2, 0.5, 0.9])
except ValueError as error:
    no_positive_error = str(error)
