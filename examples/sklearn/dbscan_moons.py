# /// example
# task = """
# Cluster two interleaving half-moons (`make_moons`, 300 points, noise 0.06; the points in \
# `X_moons`, the true moons in `moon`) with `DBSCAN` (`eps=0.3`, `min_samples=5`) after \
# standardizing; store the labels in `labels` (-1 = noise), the number of clusters found in \
# `n_clusters`, the number of noise points in `n_noise`, and the adjusted Rand index against the \
# true moons for DBSCAN (non-noise points, `dbscan_ari`) and for a 2-cluster `KMeans` on the same \
# standardized points (labels in `kmeans_labels`, `kmeans_ari`) for comparison."""
# prompt = """
# Generate two interleaving half-moons with 300 points and noise 0.06 (points in `X_moons`, true \
# moon membership in `moon`), standardize them, and cluster with DBSCAN using eps=0.3 and \
# min_samples=5. Store the labels in `labels` (-1 for noise), the number of clusters found in \
# `n_clusters` and the number of noise points in `n_noise`. For comparison, also run a 2-cluster \
# k-means on the same standardized points (`kmeans_labels`), and store the adjusted Rand index \
# against the true moons for DBSCAN on the non-noise points in `dbscan_ari` and for k-means on \
# all points in `kmeans_ari`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'labels.shape == (300,) and n_clusters == 2',
#     'n_noise == np.sum(labels == -1) and n_noise < 15',
#     'dbscan_ari > 0.95 and dbscan_ari > kmeans_ari',
#     'X_moons.shape == (300, 2) and kmeans_labels.shape == (300,) and len(np.unique(kmeans_labels)) == 2',
#     # both indices recomputed from the pair counts of the contingency table (DBSCAN without its noise)
#     '(lambda ari: np.isclose(dbscan_ari, ari(moon[labels != -1], labels[labels != -1])) and np.isclose(kmeans_ari, ari(moon, kmeans_labels)))(lambda t, p: (lambda ct: (lambda s, a, b, n: (s - a * b / n) / ((a + b) / 2 - a * b / n))((ct * (ct - 1) / 2).sum(), (ct.sum(axis=1) * (ct.sum(axis=1) - 1) / 2).sum(), (ct.sum(axis=0) * (ct.sum(axis=0) - 1) / 2).sum(), len(t) * (len(t) - 1) / 2))(pd.crosstab(t, p).to_numpy()))',
# ]
# difficulty = 'intermediate'
# tags = ['clustering', 'standardization']
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
kmeans_labels = KMeans(n_clusters=2, n_init=10, random_state=0).fit_predict(X_scaled)
kmeans_ari = adjusted_rand_score(moon, kmeans_labels)
