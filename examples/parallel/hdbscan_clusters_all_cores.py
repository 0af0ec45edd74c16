# /// example
# task = """
# Cluster the 2-D points `X` with scikit-learn's `HDBSCAN` (clusters of at least 10 points, \
# `copy=True` so `X` is left untouched), running its neighbour computations on all CPU cores; \
# store the cluster label of every point (-1 for noise) in `cluster_labels` and the number of \
# clusters found, noise excluded, in `n_clusters`."""
# prompt = """
# I'd like to cluster my 2-D points `X` with HDBSCAN from scikit-learn, asking for clusters of at \
# least 10 points and using all cores for the neighbour searches (pass `copy=True` so my array is \
# not modified). Store each point's label (-1 = noise) in `cluster_labels` and the number of \
# clusters, not counting noise, in `n_clusters`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'blobs.X' }
# checks = [
#     'cluster_labels.shape == (len(X),)',
#     # density-based clustering does not depend on how many cores computed the distances
#     'np.array_equal(cluster_labels, sklearn.cluster.HDBSCAN(min_cluster_size=10, copy=True).fit(X).labels_)',
#     'n_clusters == len(set(cluster_labels.tolist()) - {-1})',
# ]
# difficulty = 'intermediate'
# tags = ['parallelism', 'clustering']
# [edge_cases]
# min_size = 10
# why = 'a cluster of at least 10 points needs at least 10 points'
# ///
import numpy as np
from sklearn.cluster import HDBSCAN

# n_jobs=-1 computes the core distances (each point's distance to its neighbours) on every core
model = HDBSCAN(min_cluster_size=10, copy=True, n_jobs=-1).fit(X)
cluster_labels = model.labels_
n_clusters = np.unique(cluster_labels[cluster_labels >= 0]).size
