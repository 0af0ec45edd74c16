# /// example
# task = """
# Generate 300 points in three Gaussian blobs with `make_blobs` (`X_blobs`, `true_labels`), \
# cluster them with `KMeans` into 3 clusters (`n_init=10`, `random_state=0`), and store the model \
# in `kmeans`, the labels in `labels`, the `silhouette_score` in `silhouette` and the \
# `adjusted_rand_score` against the true blobs in `ari`."""
# prompt = """
# Make 300 points in three Gaussian blobs centred at (-5, -2), (0, 5) and (5, -2) with cluster \
# std 1.2 (random_state=0), as `X_blobs` and `true_labels`. Cluster them with k-means into 3 \
# clusters (n_init=10, random_state=0) and keep the model in `kmeans`, the labels in `labels`, \
# the silhouette score in `silhouette` and the adjusted Rand index against the true blobs in \
# `ari`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = {}
# checks = [
#     'len(np.unique(labels)) == 3 and kmeans.cluster_centers_.shape == (3, X_blobs.shape[1])',
#     'np.isclose(kmeans.inertia_, ((X_blobs - kmeans.cluster_centers_[labels]) ** 2).sum())',
#     '-1 <= silhouette <= 1',
#     'ari > 0.95',
# ]
# difficulty = 'basic'
# tags = ['clustering', 'parameter-choice']
# family = 'sklearn.kmeans_clusters'
# ///
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.metrics import adjusted_rand_score, silhouette_score

X_blobs, true_labels = make_blobs(
    n_samples=300, centers=[(-5, -2), (0, 5), (5, -2)], cluster_std=1.2, random_state=0
)
# n_init restarts from several seeds and keeps the lowest inertia
kmeans = KMeans(n_clusters=3, n_init=10, random_state=0).fit(X_blobs)
labels = kmeans.labels_
silhouette = silhouette_score(X_blobs, labels)
ari = adjusted_rand_score(true_labels, labels)
