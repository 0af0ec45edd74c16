import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score


def cv_accuracy(estimator, X, y, n_splits=5, seed=0):
    """Mean and standard deviation of accuracy over stratified k-fold CV.

    The folds come from StratifiedKFold(n_splits, shuffle=True,
    random_state=seed); `estimator` is cloned for every fold. Returns the
    tuple (mean, std) of floats (std with ddof=0). Raises
    ValueError("every class needs at least n_splits samples") when the
    rarest class has fewer than `n_splits` samples.
    """
    if pd.Series(np.asarray(y)).value_counts().min() < n_splits:
        raise ValueError("every class needs at least n_splits samples")
    cv = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    scores = cross_val_score(estimator, X, y, cv=cv, scoring="accuracy")
    return float(scores.mean()), float(scores.std())


cv_result = cv_accuracy(LogisticRegression(), X, y)

try:
    cv_accuracy(LogisticRegression(), np.arange(10.0).reshape(-1, 1), np.arange(10) < 3)
except ValueError as exc:
    rare_error = str(exc)
