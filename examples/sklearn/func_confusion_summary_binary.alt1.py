import numpy as np
from sklearn.linear_model import LogisticRegression


def confusion_summary(y_true, y_pred, positive=1):
    """Counts and rates of a binary confusion matrix.

    Returns a dict with the int counts "tp", "fp", "fn", "tn" (a label equal
    to `positive` is positive, every other label negative) and the floats
    "precision" = tp / (tp + fp), "recall" = tp / (tp + fn) and
    "specificity" = tn / (tn + fp); a rate whose denominator is 0 is 0.0.
    """
    is_pos = np.asarray(y_true) == positive
    said_pos = np.asarray(y_pred) == positive
    tp = int(np.sum(is_pos & said_pos))
    fp = int(np.sum(~is_pos & said_pos))
    fn = int(np.sum(is_pos & ~said_pos))
    tn = int(np.sum(~is_pos & ~said_pos))
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": tp / (tp + fp) if tp + fp > 0 else 0.0,
        "recall": tp / (tp + fn) if tp + fn > 0 else 0.0,
        "specificity": tn / (tn + fp) if tn + fp > 0 else 0.0,
    }


model = LogisticRegression()
model.fit(X, y)
y_pred = model.predict(X)
summary = confusion_summary(y, y_pred)
