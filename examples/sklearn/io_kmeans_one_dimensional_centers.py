# /// example
# task = """
# Build the six delivery times below (minutes) as the one-column array `times` (shape (6, 1)) and \
# split them into 2 groups with k-means (10 initialisations, `random_state=0`). Store the two \
# cluster centres sorted from smallest to largest in `centers`, each time's cluster label in \
# `labels` and the within-cluster sum of squared distances in `inertia`.
#
# ```text
# times = [1.0, 1.5, 2.0, 8.0, 9.0, 10.0]
# ```
#
# Wanted (cluster numbers may come out swapped):
#
# ```text
# centers = [1.5, 9.0]
# labels  = [1, 1, 1, 0, 0, 0]
# inertia = 2.5
# ```"""
# prompt = """
# I want k-means with 2 clusters on these delivery `times` (n_init=10, `random_state=0`), giving \
# the sorted `centers`, the `labels` and the `inertia`:
#
# ```text
# times = [1.0, 1.5, 2.0, 8.0, 9.0, 10.0]
# ```
#
# I expect two obvious groups (the label numbers themselves don't matter):
#
# ```text
# centers = [1.5, 9.0]
# labels  = [1, 1, 1, 0, 0, 0]
# inertia = 2.5
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(np.ravel(centers), [1.5, 9.0])',
#     # the grouping, whatever the cluster numbers: first three together, last three together
#     'len(set(np.asarray(labels)[:3])) == 1 and len(set(np.asarray(labels)[3:])) == 1 and labels[0] != labels[3]',
#     'np.isclose(inertia, 2.5)',
#     'np.ravel(times).tolist() == [1.0, 1.5, 2.0, 8.0, 9.0, 10.0]',
# ]
# difficulty = 'basic'
# tags = ['clustering']
# ///
import numpy as np
from sklearn.cluster import KMeans

times = np.array([1.0, 1.5, 2.0, 8.0, 9.0, 10.0]).reshape(-1, 1)
# n_init=10 keeps the best of ten random starts; random_state makes it repeatable
kmeans = KMeans(n_clusters=2, n_init=10, random_state=0).fit(times)
centers = np.sort(kmeans.cluster_centers_.ravel())
labels = kmeans.labels_
inertia = kmeans.inertia_
