# /// example
# task = '''
# Write a function `choose_k_by_silhouette` with the signature and docstring below. Apply it to the
# points `X` with the candidates `range(2, 5)` and store the result in `best_k, k_scores`; store in
# `no_k_error` the message raised for the points `[[0.0], [0.0], [5.0], [5.0]]` with the candidates
# `[2, 3]`.
#
# ```python
# def choose_k_by_silhouette(X, k_values, seed=0):
#     """Number of k-means clusters with the highest mean silhouette score.
#
#     Rows with a NaN are left out. Each k is fitted with
#     KMeans(n_clusters=k, n_init=10, random_state=seed) and scored with the
#     Euclidean silhouette; a k outside 2 .. (number of distinct rows - 1) is
#     skipped. Returns (best_k, scores), scores a dict {k: silhouette} of the
#     k values tried; ties go to the smallest k. Raises
#     ValueError("no valid k") when no k can be tried.
#     """
# ```'''
# prompt = """
# Please write `choose_k_by_silhouette(X, k_values, seed=0)`: drop rows with NaN, fit \
# `KMeans(n_clusters=k, n_init=10, random_state=seed)` for every candidate k that lies between 2 \
# and the number of distinct rows minus 1 (skip the others), score each with the mean silhouette, \
# and return `(best_k, scores)` with `scores` as a dict `{k: silhouette}` (smallest k on ties). If \
# no k can be tried raise `ValueError("no valid k")`. Run it on my points `X` for \
# `range(2, 5)` into `best_k, k_scores`, and keep the message for the points \
# `[[0.0], [0.0], [5.0], [5.0]]` with candidates `[2, 3]` in `no_k_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'blobs.X' }
# checks = [
#     'choose_k_by_silhouette([[0.0, 0.0], [0.0, 1.0], [10.0, 10.0], [10.0, 11.0], [20.0, 0.0], [20.0, 1.0]], [2, 3, 4])[0] == 3',
#     # four distinct values: only k = 2 and k = 3 can be scored
#     '(lambda result: result[0] == 2 and sorted(result[1]) == [2, 3])(choose_k_by_silhouette([[0.0], [0.0], [1.0], [5.0], [5.0], [6.0]], [1, 2, 3, 4, 5]))',
#     '(lambda P: np.isclose(choose_k_by_silhouette(P, [2], seed=3)[1][2], sklearn.metrics.silhouette_score(P, sklearn.cluster.KMeans(2, n_init=10, random_state=3).fit_predict(P))))(np.array([[0.0, 0.0], [1.0, 0.5], [np.nan, 2.0], [4.0, 4.0], [5.0, 3.0], [9.0, 1.0]])[[0, 1, 3, 4, 5]])',
#     'no_k_error == "no valid k"',
#     '(lambda P: k_scores.keys() == {k for k in range(2, 5) if k <= len(np.unique(P, axis=0)) - 1} and all(np.isclose(k_scores[k], sklearn.metrics.silhouette_score(P, sklearn.cluster.KMeans(k, n_init=10, random_state=0).fit_predict(P))) for k in k_scores))(X[~np.isnan(X).any(axis=1)])',
#     'k_scores[best_k] == max(k_scores.values()) and all(k_scores[k] < k_scores[best_k] for k in k_scores if k < best_k)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'clustering', 'model-selection', 'validation']
# edge_cases = true
# ///
import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score


def choose_k_by_silhouette(X, k_values, seed=0):
    """Number of k-means clusters with the highest mean silhouette score.

    Rows with a NaN are left out. Each k is fitted with
    KMeans(n_clusters=k, n_init=10, random_state=seed) and scored with the
    Euclidean silhouette; a k outside 2 .. (number of distinct rows - 1) is
    skipped. Returns (best_k, scores), scores a dict {k: silhouette} of the
    k values tried; ties go to the smallest k. Raises
    ValueError("no valid k") when no k can be tried.
    """
    X = np.asarray(X, dtype=float)
    X = X[~np.isnan(X).any(axis=1)]
    # silhouette needs 2 <= k <= n - 1, and k-means cannot find more clusters than distinct points
    largest = len(np.unique(X, axis=0)) - 1
    scores = {}
    for k in sorted(k for k in k_values if 2 <= k <= largest):
        labels = KMeans(n_clusters=k, n_init=10, random_state=seed).fit_predict(X)
        scores[k] = float(silhouette_score(X, labels))
    if not scores:
        raise ValueError("no valid k")
    best_k = max(scores, key=lambda k: (scores[k], -k))
    return best_k, scores


best_k, k_scores = choose_k_by_silhouette(X, range(2, 5))

try:
    choose_k_by_silhouette([[0.0], [0.0], [5.0], [5.0]], [2, 3])
except ValueError as error:
    no_k_error = str(error)
