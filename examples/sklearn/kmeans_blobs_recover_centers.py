# /// example
# task = """
# The 2-D points `X` come from Gaussian clusters, one per row of the true centres `centers`, with \
# true labels `labels`. Fit `KMeans` with as many clusters as `centers` has rows (`n_init=10`, `random_state=0`) into `km`, \
# store its labels in `pred`, and score the agreement with the true labels by the adjusted Rand \
# index in `ari`."""
# prompt = """
# I have 2-D points `X` drawn around the centres `centers` (one cluster per row), with the true \
# cluster of each point in `labels`. Cluster them with k-means using as many clusters as there are \
# centres, 10 initialisations and random_state 0; keep the fitted model in `km` and its labels in \
# `pred`, and tell me how well they agree with `labels` as the adjusted Rand index, in `ari`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'blobs.X', labels = 'blobs.labels', centers = 'blobs.centers' }
# checks = [
#     'km.n_clusters == len(centers) and km.cluster_centers_.shape == centers.shape',
#     'pred.shape == labels.shape and np.array_equal(pred, km.labels_)',
#     'np.isclose(ari, sklearn.metrics.adjusted_rand_score(labels, pred))',
#     # the inertia is that of the labels and centres returned
#     'np.isclose(km.inertia_, ((X - km.cluster_centers_[pred]) ** 2).sum(), rtol=1e-6)',
#     # well-separated clusters of similar size are recovered (k-means may split a big cluster rather than keep a tiny one)
#     'ari > 0.9 if np.bincount(labels).min() >= 0.2 * len(labels) else -1 <= ari <= 1',
#     'np.all(np.min(np.linalg.norm(km.cluster_centers_[:, None, :] - centers[None, :, :], axis=2), axis=1) < 0.25 * np.min(np.linalg.norm(centers[:, None] - centers[None, :], axis=2)[~np.eye(len(centers), dtype=bool)])) if np.bincount(labels).min() >= 0.2 * len(labels) else True',
# ]
# difficulty = 'basic'
# tags = ['clustering', 'model-evaluation']
# edge_cases = true
# ///
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_rand_score

km = KMeans(n_clusters=len(centers), n_init=10, random_state=0).fit(X)
pred = km.labels_
# invariant to how the clusters are numbered
ari = adjusted_rand_score(labels, pred)
