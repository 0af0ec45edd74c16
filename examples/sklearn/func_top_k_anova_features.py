# /// example
# task = '''
# Write a function `top_k_features` with the signature and docstring below. Apply it to the features
# `X` and class labels `y`, naming the columns `f0`, `f1`, ... in order, with `k=2`, and store the
# list in `top_features`. Store in `names_error` the message raised when only the name `f0` is given.
#
# ```python
# def top_k_features(X, y, names, k=3):
#     """Names of the k features with the largest one-way ANOVA F statistic
#     between the classes of y (SelectKBest with f_classif).
#
#     `names` gives one name per column of X. Returns a list of names ordered
#     from the highest F to the lowest; when k exceeds the number of
#     features, all names are returned. Raises
#     ValueError("need one name per column") when the lengths differ.
#     """
# ```'''
# prompt = """
# I want a quick univariate screen: `top_k_features(X, y, names, k=3)` should score every column \
# with the one-way ANOVA F statistic across the classes (as `SelectKBest(f_classif)` does) and \
# return the names of the top k, highest F first, all of them if k is larger than the number of \
# columns, and raise `ValueError("need one name per column")` when `names` doesn't match. Use it on \
# my `X`, `y` with the columns named `f0`, `f1`, ... and `k=2`, into `top_features`, and keep the message raised when I pass only the name `f0` in \
# `names_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     # "b" separates the classes perfectly, "c" partly, "a" not at all
#     '(lambda names: top_k_features([[1.0, 0.0, 5.0], [2.0, 0.1, 4.0], [1.0, 5.0, 7.0], [2.0, 5.1, 6.5]], [0, 0, 1, 1], names, k=2) == [names[1], names[2]])(["a", "b", "c"])',
#     '(lambda names: top_k_features([[3.0, 1.0], [1.0, 2.0], [2.0, 8.0], [4.0, 9.0], [5.0, 7.0], [0.5, 2.5]], [0, 0, 1, 1, 1, 0], names, k=5) == names[::-1])(["x", "y"])',
#     '(lambda M, labels: top_k_features(M, labels, list("pqrs"), k=3) == [list("pqrs")[i] for i in np.argsort([-scipy.stats.f_oneway(*(M[labels == c, j] for c in range(3))).statistic for j in range(4)], kind="stable")[:3]])(np.arange(36.0).reshape(9, 4) % 7 + np.repeat([0.0, 1.0, 3.0], 3)[:, None] * [1, 2, 0.5, 0], np.repeat([0, 1, 2], 3))',
#     'names_error == "need one name per column"',
#     'len(top_features) == 2 and set(top_features) <= {f"f{j}" for j in range(X.shape[1])}',
#     # any order of tied scores is accepted: the F values of the chosen columns are the two largest, in order
#     '(lambda F: np.allclose([F[int(name[1:])] for name in top_features], np.sort(F)[::-1][:2]))(np.array([scipy.stats.f_oneway(*(X[y == c, j] for c in np.unique(y))).statistic for j in range(X.shape[1])]))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'feature-selection', 'classification', 'validation']
# edge_cases = true
# ///
import numpy as np
from sklearn.feature_selection import f_classif


def top_k_features(X, y, names, k=3):
    """Names of the k features with the largest one-way ANOVA F statistic
    between the classes of y (SelectKBest with f_classif).

    `names` gives one name per column of X. Returns a list of names ordered
    from the highest F to the lowest; when k exceeds the number of
    features, all names are returned. Raises
    ValueError("need one name per column") when the lengths differ.
    """
    X = np.asarray(X, dtype=float)
    if len(names) != X.shape[1]:
        raise ValueError("need one name per column")
    f_scores, _ = f_classif(X, y)
    # slicing past the end keeps every feature when k exceeds the number of columns
    ranked = np.argsort(-f_scores, kind="stable")[:k]
    return [names[i] for i in ranked]


top_features = top_k_features(X, y, [f"f{j}" for j in range(X.shape[1])], k=2)

try:
    top_k_features(X, y, ["f0"], k=2)
except ValueError as error:
    names_error = str(error)
