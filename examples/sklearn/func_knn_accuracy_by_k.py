# /// example
# task = '''
# Write a function `knn_accuracy_by_k` with the signature and docstring below. Apply it to `X`, `y`
# with `ks=[1, 5, 15]` and store the dict in `acc_by_k`.
#
# ```python
# def knn_accuracy_by_k(X, y, ks, cv=3):
#     """Mean cross-validated accuracy of KNeighborsClassifier for each k.
#
#     Uses stratified `cv`-fold cross-validation without shuffling (the
#     default of cross_val_score for classifiers). Returns a dict {k: mean
#     accuracy} in the order of `ks`; k values larger than the smallest
#     training fold are skipped.
#     """
# ```'''
# prompt = """
# To choose the number of neighbours I want `knn_accuracy_by_k(X, y, ks, cv=3)`: mean accuracy of a \
# k-NN classifier over `cv` stratified folds (no shuffling) for each k, as `{k: accuracy}`, \
# skipping any k larger than the smallest training fold. Apply it to my `X`, `y` with \
# `ks=[1, 5, 15]` and keep the result in `acc_by_k`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     # 1-NN on well separated points: perfect; 10 training rows per fold cannot serve k=11
#     'knn_accuracy_by_k(np.r_[np.zeros(8), np.ones(7) * 10].reshape(-1, 1) + np.arange(15).reshape(-1, 1) * 0.01, np.r_[np.zeros(8, int), np.ones(7, int)], [1, 11], cv=3) == {1: 1.0}',
#     '(lambda r: list(r) == [3, 1] and np.isclose(r[1], sklearn.model_selection.cross_val_score(sklearn.neighbors.KNeighborsClassifier(1), np.arange(24.0).reshape(12, 2) % 7, np.tile([0, 1, 1], 4), cv=2).mean()))(knn_accuracy_by_k(np.arange(24.0).reshape(12, 2) % 7, np.tile([0, 1, 1], 4), [3, 1], cv=2))',
#     '(lambda Z, t: np.isclose(knn_accuracy_by_k(Z, t, [2])[2], np.mean([np.mean(sklearn.neighbors.KNeighborsClassifier(2).fit(Z[a], t[a]).predict(Z[b]) == t[b]) for a, b in sklearn.model_selection.StratifiedKFold(3).split(Z, t)])))(np.random.default_rng(0).normal(size=(30, 2)), np.repeat([0, 1], 15))',
#     'list(acc_by_k) == [1, 5, 15] and all(np.isclose(acc_by_k[k], sklearn.model_selection.cross_val_score(sklearn.neighbors.KNeighborsClassifier(k), X, y, cv=3).mean()) for k in acc_by_k)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'nearest-neighbors', 'model-selection', 'cross-validation']
# edge_cases = { min_size = 30, why = "three stratified folds need at least three samples of the rarer class" }
# ///
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.neighbors import KNeighborsClassifier


def knn_accuracy_by_k(X, y, ks, cv=3):
    """Mean cross-validated accuracy of KNeighborsClassifier for each k.

    Uses stratified `cv`-fold cross-validation without shuffling (the
    default of cross_val_score for classifiers). Returns a dict {k: mean
    accuracy} in the order of `ks`; k values larger than the smallest
    training fold are skipped.
    """
    folds = StratifiedKFold(n_splits=cv)
    smallest_train = min(len(train) for train, _ in folds.split(X, y))
    results = {}
    for k in ks:
        # a model cannot look for more neighbours than it has training rows
        if k <= smallest_train:
            results[k] = cross_val_score(KNeighborsClassifier(n_neighbors=k), X, y, cv=folds).mean()
    return results


acc_by_k = knn_accuracy_by_k(X, y, ks=[1, 5, 15])
