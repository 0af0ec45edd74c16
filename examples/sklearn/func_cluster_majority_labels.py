# /// example
# task = '''
# Write a function `cluster_majority_labels` with the signature and docstring below (a contingency
# matrix of clusters against labels is one way). Cluster `X` with `KMeans(n_clusters=3, n_init=10,
# random_state=0)` into `clusters` and store `cluster_majority_labels(clusters, labels)` in
# `mapping`; store in `length_error` the message raised for clusters `[0, 1]` and labels `[0]`.
#
# ```python
# def cluster_majority_labels(clusters, labels):
#     """Map each cluster id to the most common true label among its members.
#
#     Ties go to the smallest label. Returns a dict {cluster: label} with
#     plain Python values. Raises ValueError("clusters and labels differ in length") when the
#     lengths differ.
#     """
# ```'''
# prompt = """
# After clustering I name each cluster by the true group most of its points belong to. Write \
# `cluster_majority_labels(clusters, labels)` returning `{cluster: majority label}` (smallest label \
# on ties; `ValueError("clusters and labels differ in length")` for mismatched inputs). Run k-means \
# (`n_clusters=3`, `n_init=10`, `random_state=0`) on `X` into `clusters`, map them with my `labels` \
# into `mapping`, and keep the message for clusters `[0, 1]` vs labels `[0]` in `length_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'blobs.X', labels = 'blobs.labels' }
# checks = [
#     'cluster_majority_labels([0, 0, 1, 1, 1], ["a", "b", "b", "b", "a"]) == {0: "a", 1: "b"}',
#     'cluster_majority_labels(np.array([2, 2, 2, 5]), np.array([7, 3, 3, 9])) == {2: 3, 5: 9}',
#     'cluster_majority_labels([1, 1, 1], [4, 4, 4]) == {1: 4}',
#     'length_error == "clusters and labels differ in length"',
#     'np.array_equal(clusters, sklearn.cluster.KMeans(n_clusters=3, n_init=10, random_state=0).fit_predict(X))',
#     'mapping == {int(c): int(min(np.unique(labels[clusters == c]), key=lambda v: (-np.sum(labels[clusters == c] == v), v))) for c in np.unique(clusters)}',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'clustering', 'model-evaluation', 'validation']
# edge_cases = true
# ///
import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics.cluster import contingency_matrix


def cluster_majority_labels(clusters, labels):
    """Map each cluster id to the most common true label among its members.

    Ties go to the smallest label. Returns a dict {cluster: label} with
    plain Python values. Raises ValueError("clusters and labels differ in length") when the
    lengths differ.
    """
    clusters, labels = np.asarray(clusters), np.asarray(labels)
    if len(clusters) != len(labels):
        raise ValueError("clusters and labels differ in length")
    # rows: sorted labels, columns: sorted clusters; argmax returns the first (smallest) label on ties
    table = contingency_matrix(labels, clusters)
    label_values, cluster_values = np.unique(labels), np.unique(clusters)
    return {
        c.item(): label_values[np.argmax(table[:, j])].item() for j, c in enumerate(cluster_values)
    }


clusters = KMeans(n_clusters=3, n_init=10, random_state=0).fit_predict(X)
mapping = cluster_majority_labels(clusters, labels)

try:
    cluster_majority_labels([0, 1], [0])
except ValueError as error:
    length_error = str(error)
