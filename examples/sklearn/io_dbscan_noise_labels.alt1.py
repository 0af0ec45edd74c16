import numpy as np
from sklearn import cluster

points = np.array(
    [[1.0, 1.0], [1.2, 0.8], [0.9, 1.1], [5.0, 5.0], [5.1, 4.8], [4.9, 5.2], [9.0, 1.0]]
)
model = cluster.DBSCAN(eps=0.5, min_samples=3).fit(points)
labels = model.labels_
n_clusters = np.unique(labels[labels >= 0]).size
