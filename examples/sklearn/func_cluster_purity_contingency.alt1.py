import pandas as pd
from sklearn.cluster import KMeans


def cluster_purity(labels_true, labels_pred):
    """Purity of a clustering against known classes.

    For each predicted cluster take the count of its most common true
    class; purity is the sum of these counts divided by the number of
    samples (1.0 when every cluster holds a single class). Labels may be
    any hashable values. Raises ValueError when the two label arrays
    differ in length or are empty.
    """
    if len(labels_true) != len(labels_pred) or len(labels_true) == 0:
        raise ValueError("label arrays must be non-empty and of equal length")
    counts = pd.crosstab(
        pd.Series(list(labels_pred), name="cluster"), pd.Series(list(labels_true), name="cls")
    )
    return counts.max(axis=1).sum() / len(labels_true)


model = KMeans(n_clusters=3, n_init=10, random_state=0)
purity = cluster_purity(labels, model.fit_predict(X))
try:
    cluster_purity([1, 2, 3], [1])
except ValueError as exc:
    length_message = str(exc)
try:
    cluster_purity([], [])
except ValueError as exc:
    empty_message = str(exc)
