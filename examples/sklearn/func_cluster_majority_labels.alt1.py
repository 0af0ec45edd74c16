import numpy as np
import pandas as pd
from sklearn.cluster import KMeans


def cluster_majority_labels(clusters, labels):
    """Map each cluster id to the most common true label among its members.

    Ties go to the smallest label. Returns a dict {cluster: label} with
    plain Python values. Raises ValueError("clusters and labels differ in length") when the
    lengths differ.
    """
    if len(clusters) != len(labels):
        raise ValueError("clusters and labels differ in length")
    # crosstab sorts both axes; idxmax returns the first (smallest) label among equal counts
    table = pd.crosstab(np.asarray(clusters), np.asarray(labels))
    return {np.asarray(c).item(): np.asarray(lab).item() for c, lab in table.idxmax(axis=1).items()}


clusters = KMeans(n_clusters=3, n_init=10, random_state=0).fit_predict(X)
mapping = cluster_majority_labels(clusters, labels)
try:
    cluster_majority_labels([0, 1], [0])
except ValueError as exc:
    length_error = str(exc)
