# /// example
# task = """
# This code should cluster the points `X` with `KMeans(n_clusters=k, n_init=3, random_state=0)` \
# for k = 1, 2, ..., 5, compute the silhouette score of every clustering for which it is \
# defined into the dict `silhouette` (keys k) and store the k with the highest score in \
# `best_k`, but it raises an error:
#
# ```python
# from sklearn.cluster import KMeans
# from sklearn.metrics import silhouette_score
#
# silhouette = {}
# for k in range(1, 6):
#     labels = KMeans(n_clusters=k, n_init=3, random_state=0).fit_predict(X)
#     silhouette[k] = silhouette_score(X, labels)
# best_k = max(silhouette, key=silhouette.get)
# ```
#
# ```text
# ValueError: Number of labels is 1. Valid values are 2 to n_samples - 1 (inclusive)
# ```
#
# Fix it."""
# prompt = """
# I'm choosing the number of clusters for `X` by silhouette score, trying k from 1 to 5 with \
# `KMeans(n_clusters=k, n_init=3, random_state=0)`; scores go in the dict `silhouette` and the \
# winner in `best_k`:
#
# ```python
# from sklearn.cluster import KMeans
# from sklearn.metrics import silhouette_score
#
# silhouette = {}
# for k in range(1, 6):
#     labels = KMeans(n_clusters=k, n_init=3, random_state=0).fit_predict(X)
#     silhouette[k] = silhouette_score(X, labels)
# best_k = max(silhouette, key=silhouette.get)
# ```
#
# ```text
# ValueError: Number of labels is 1. Valid values are 2 to n_samples - 1 (inclusive)
# ```
#
# What's wrong with k = 1?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'blobs.X' }
# checks = [
#     # k = 1 has no silhouette: the keys are 2 to 5
#     'sorted(silhouette) == list(range(2, 5 + 1))',
#     'all(np.isclose(silhouette[k], sklearn.metrics.silhouette_score(X, sklearn.cluster.KMeans(n_clusters=k, n_init=3, random_state=0).fit_predict(X))) for k in range(2, 6))',
#     'best_k == max(silhouette, key=silhouette.get)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'clustering', 'model-selection']
# edge_cases = { min_size = 10, constant = false, why = "five clusters need at least five distinct points: no cluster collapsed onto a single point, and ten points when they may come in duplicated pairs" }
# ///
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score

silhouette = {}
# the silhouette compares a point's own cluster with the nearest other one, so it needs k >= 2
for k in range(2, 6):
    labels = KMeans(n_clusters=k, n_init=3, random_state=0).fit_predict(X)
    silhouette[k] = silhouette_score(X, labels)
best_k = max(silhouette, key=silhouette.get)
