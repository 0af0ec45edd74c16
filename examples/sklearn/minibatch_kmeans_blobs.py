# /// example
# task = """
# Cluster the points `X` into 3 groups with `MiniBatchKMeans(n_clusters=3, batch_size=64, \
# n_init=3, random_state=0)`; store the centres (3 x 2) in `centers` and each point's cluster (from \
# `predict` on `X`) in `clusters`."""
# prompt = """
# My real data will be too big for plain k-means, so I'm trying mini-batch k-means on `X` first: \
# 3 clusters, `batch_size=64`, `n_init=3`, `random_state=0`. I need the cluster centres (a 3 x 2 array) in \
# `centers` and the cluster of every point in `clusters`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'blobs.X' }
# checks = [
#     'np.shape(centers) == (3, 2)',
#     # each point belongs to its nearest centre
#     '(lambda D: np.allclose(D[np.arange(len(X)), np.asarray(clusters)], D.min(axis=1)))(scipy.spatial.distance.cdist(X, centers))',
#     # a wrong k or a different seed gives other centres
#     'np.allclose(centers, sklearn.cluster.MiniBatchKMeans(n_clusters=3, batch_size=64, n_init=3, random_state=0).fit(X).cluster_centers_)',
# ]
# difficulty = 'basic'
# tags = ['clustering', 'incremental-processing']
# edge_cases = true
# ///
from sklearn.cluster import MiniBatchKMeans

# each step updates the centres from a random batch of 64 points instead of the full data
kmeans = MiniBatchKMeans(n_clusters=3, batch_size=64, n_init=3, random_state=0).fit(X)
centers = kmeans.cluster_centers_
clusters = kmeans.predict(X)
