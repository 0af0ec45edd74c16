import numpy as np
from sklearn.linear_model import LogisticRegression


def best_f1_threshold(y_true, scores):
    """The decision threshold that maximises F1 for binary labels (1 = positive).

    A sample is predicted positive when its score is >= the threshold; the
    candidate thresholds are the distinct scores. Returns the tuple
    (threshold, f1) as floats; among thresholds with equal F1 the lowest
    wins. Raises ValueError("y_true has no positive sample") when no label
    is 1.
    """
    is_positive = np.asarray(y_true) == 1
    scores = np.asarray(scores, dtype=float)
    if not is_positive.any():
        raise ValueError("y_true has no positive sample")
    cuts = np.unique(scores)
    # for each cut: how many samples score at or above it, and how many of those are positive
    predicted = len(scores) - np.searchsorted(np.sort(scores), cuts, side="left")
    true_pos = np.array([is_positive[scores >= cut].sum() for cut in cuts])
    f1 = 2 * true_pos / (predicted + is_positive.sum())
    best = int(np.argmax(f1))
    return float(cuts[best]), float(f1[best])


model = LogisticRegression().fit(X, y)
proba = model.predict_proba(X)[:, 1]
threshold, best_f1 = best_f1_threshold(y, proba)

try:
    best_f1_threshold([0, 0, 0], [0.2, 0.5, 0.9])
except ValueError as exc:
    no_positive_error = str(exc)
