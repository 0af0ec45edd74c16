import numpy as np
from sklearn.model_selection import StratifiedKFold
from sklearn.neighbors import KNeighborsClassifier


def knn_accuracy_by_k(X, y, ks, cv=3):
    """Mean cross-validated accuracy of KNeighborsClassifier for each k.

    Uses stratified `cv`-fold cross-validation without shuffling (the
    default of cross_val_score for classifiers). Returns a dict {k: mean
    accuracy} in the order of `ks`; k values larger than the smallest
    training fold are skipped.
    """
    X, y = np.asarray(X), np.asarray(y)
    splits = list(StratifiedKFold(n_splits=cv).split(X, y))
    max_k = min(len(train) for train, _ in splits)
    scores = {}
    for k in ks:
        # a model cannot look for more neighbours than its training fold has rows
        if k > max_k:
            continue
        fold_acc = [
            np.mean(KNeighborsClassifier(n_neighbors=k).fit(X[tr], y[tr]).predict(X[te]) == y[te])
            for tr, te in splits
        ]
        scores[k] = float(np.mean(fold_acc))
    return scores


acc_by_k = knn_accuracy_by_k(X, y, ks=[1, 5, 15])
