# /// example
# task = '''
# Write a function `cluster_purity` with the signature and docstring below. Use it to score a
# `KMeans(n_clusters=3, n_init=10, random_state=0)` clustering of the points `X` against their
# known labels `labels`, storing the purity in `purity`; call it with label arrays of different
# lengths and with two empty label arrays too, catch each `ValueError` and store the messages in
# `length_message` and `empty_message`.
#
# ```python
# def cluster_purity(labels_true, labels_pred):
#     """Purity of a clustering against known classes.
#
#     For each predicted cluster take the count of its most common true
#     class; purity is the sum of these counts divided by the number of
#     samples (1.0 when every cluster holds a single class). Labels may be
#     any hashable values. Raises ValueError when the two label arrays
#     differ in length or are empty.
#     """
# ```'''
# prompt = """
# I want a quick external score for clusterings: `cluster_purity(labels_true, labels_pred)`, the \
# share of samples that belong to the majority true class of their cluster (1.0 = pure \
# clusters; labels can be strings or ints). Mismatched or empty label arrays should raise \
# `ValueError`. Then cluster my points `X` with `KMeans(n_clusters=3, n_init=10, \
# random_state=0)`, compare with the known `labels` and store `purity`; also put the error \
# message for label arrays of different lengths in `length_message` and the one for two empty \
# arrays in `empty_message`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'blobs.X', labels = 'blobs.labels' }
# checks = [
#     # cluster names need not match class names: a relabelled perfect clustering is pure
#     'np.isclose(cluster_purity([0, 0, 1, 1], [1, 1, 0, 0]), 1.0)',
#     # cluster 0 holds {0, 0}, cluster 1 holds {0, 1, 1, 1}: (2 + 3) / 6
#     'np.isclose(cluster_purity([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 1, 1]), 5 / 6)',
#     'np.isclose(cluster_purity(["a", "b", "c"], [0, 0, 0]), 1 / 3) and np.isclose(cluster_purity([0, 1, 0], [0, 1, 2]), 1.0)',
#     # a single sample is a pure cluster of its own
#     'np.isclose(cluster_purity(["a"], [7]), 1.0)',
#     '(lambda pred: np.isclose(purity, sum(np.bincount(labels[pred == c]).max() for c in np.unique(pred)) / len(labels)))(sklearn.cluster.KMeans(n_clusters=3, n_init=10, random_state=0).fit_predict(X))',
#     'isinstance(length_message, str) and len(length_message) > 0',
#     'isinstance(empty_message, str) and len(empty_message) > 0',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'clustering', 'model-evaluation', 'error-handling']
# edge_cases = true
# ///
import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics.cluster import contingency_matrix


def cluster_purity(labels_true, labels_pred):
    """Purity of a clustering against known classes.

    For each predicted cluster take the count of its most common true
    class; purity is the sum of these counts divided by the number of
    samples (1.0 when every cluster holds a single class). Labels may be
    any hashable values. Raises ValueError when the two label arrays
    differ in length or are empty.
    """
    labels_true = np.asarray(labels_true)
    labels_pred = np.asarray(labels_pred)
    if len(labels_true) != len(labels_pred) or len(labels_true) == 0:
        raise ValueError(
            f"need two non-empty label arrays of equal length, got {len(labels_true)} and {len(labels_pred)}"
        )
    # rows are true classes, columns clusters: take each column's largest count
    table = contingency_matrix(labels_true, labels_pred)
    return table.max(axis=0).sum() / table.sum()


clusters = KMeans(n_clusters=3, n_init=10, random_state=0).fit_predict(X)
purity = cluster_purity(labels, clusters)
try:
    cluster_purity([0, 1, 1], [0, 1])
except ValueError as error:
    length_message = str(error)
try:
    cluster_purity([], [])
except ValueError as error:
    empty_message = str(error)
