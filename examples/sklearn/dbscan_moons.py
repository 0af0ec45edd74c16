# /// example
# task = """
# Cluster two interleaving half-moons (`make_moons`, 300 points, noise 0.06) with `DBSCAN` \
# (`eps=0.3`, `min_samples=5`) after standardizing; store the labels in `labels` (-1 = noise), \
# the number of clusters found in `n_clusters`, the number of noise points in `n_noise`, and the \
# adjusted Rand index against the true moons for DBSCAN (non-noise points, `dbscan_ari`) and for \
# a 2-cluster `KMeans` (`kmeans_ari`) for comparison."""
# domain = 'data_processing'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'labels.shape == (300,) and n_clusters == 2',
#     'n_noise == np.sum(labels == -1) and n_noise < 15',
#     'dbscan_ari > 0.95 and dbscan_ari > kmeans_ari',
# ]
# difficulty = 'intermediate'
# tags = ['clustering', 'density-based']
# ///
import numpy as np
from sklearn.cluster import DBSCAN, KMeans
from sklearn.datasets import make_moons
from sklearn.metrics import adjusted_rand_score
from sklearn.preprocessing import StandardScaler

X_moons, moon = make_moons(n_samples=300, noise=0.06, random_state=0)
X_scaled = StandardScaler().fit_transform(X_moons)  # eps is a distance: fix the scale

labels = DBSCAN(eps=0.3, min_samples=5).fit_predict(X_scaled)
n_clusters = len(set(labels) - {-1})
n_noise = int(np.sum(labels == -1))
clustered = labels != -1
dbscan_ari = adjusted_rand_score(moon[clustered], labels[clustered])

# k-means assumes convex blobs and cuts each moon in half
kmeans_ari = adjusted_rand_score(
    moon, KMeans(n_clusters=2, n_init=10, random_state=0).fit_predict(X_scaled)
)
