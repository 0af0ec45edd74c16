import numpy as np
from sklearn import cluster

times = np.array([[1.0], [1.5], [2.0], [8.0], [9.0], [10.0]])
model = cluster.KMeans(n_clusters=2, n_init=10, random_state=0)
labels = model.fit_predict(times)
centers = sorted(model.cluster_centers_[:, 0])
# score returns minus the inertia of the data under the fitted centres
inertia = -model.score(times)
