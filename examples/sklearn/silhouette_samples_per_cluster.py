# /// example
# task = """
# Cluster the points `X` with `KMeans(n_clusters=3, n_init=10, random_state=0)`, compute \
# every point's silhouette value with `silhouette_samples`, and store the cluster labels in \
# `cluster`, the per-point values in `sil` and a dict `cluster_sil` mapping each cluster label \
# (int) to the mean silhouette of its points."""
# prompt = """
# After k-means with 3 clusters (`n_init=10`, `random_state=0`) on `X`, I want to see which \
# clusters are well separated: give me the labels in `cluster`, each point's silhouette value in \
# `sil`, and the average silhouette per cluster as a dict `cluster_sil` (label -> mean)."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'blobs.X' }
# checks = [
#     'np.array_equal(cluster, sklearn.cluster.KMeans(n_clusters=3, n_init=10, random_state=0).fit_predict(X))',
#     # silhouette by hand: (b - a) / max(a, b), 0 for a point alone in its cluster
#     '(lambda D, lab: np.allclose(sil, [0.0 if np.sum(lab == lab[i]) == 1 else (lambda a, b: (b - a) / max(a, b) if max(a, b) > 0 else 0.0)(D[i, (lab == lab[i]) & (np.arange(len(lab)) != i)].mean(), min(D[i, lab == k].mean() for k in np.unique(lab) if k != lab[i])) for i in range(len(lab))]))(scipy.spatial.distance.cdist(X, X), np.asarray(cluster))',
#     'set(cluster_sil) == set(np.unique(cluster).tolist()) and all(np.isclose(cluster_sil[k], np.mean(np.asarray(sil)[np.asarray(cluster) == k])) for k in cluster_sil)',
# ]
# difficulty = 'intermediate'
# tags = ['clustering', 'model-evaluation']
# edge_cases = { constant = false, why = "silhouettes need three distinct clusters of points" }
# ///
import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_samples

cluster = KMeans(n_clusters=3, n_init=10, random_state=0).fit_predict(X)
# near 1: well inside its cluster; below 0: closer on average to another cluster
sil = silhouette_samples(X, cluster)
cluster_sil = {int(k): float(sil[cluster == k].mean()) for k in np.unique(cluster)}
