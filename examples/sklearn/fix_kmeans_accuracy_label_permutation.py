# /// example
# task = """
# This code clusters the points `X` with k-means (3 clusters, `n_init=10`, `random_state=0`) into \
# `clusters` and should measure in `agreement` how well the clusters recover the known groups \
# `labels`:
#
# ```python
# from sklearn.cluster import KMeans
# from sklearn.metrics import accuracy_score
#
# clusters = KMeans(n_clusters=3, n_init=10, random_state=0).fit_predict(X)
# agreement = accuracy_score(labels, clusters)
# ```
#
# It reports a low agreement even when the clusters match the groups perfectly, because cluster \
# numbers are arbitrary. Fix it by measuring agreement with the adjusted Rand index, which \
# ignores how the clusters are numbered."""
# prompt = """
# I compare my k-means clusters (`n_clusters=3`, `n_init=10`, `random_state=0`) of `X` in `clusters` \
# with the true groups `labels`, storing the agreement in `agreement`:
#
# ```python
# from sklearn.cluster import KMeans
# from sklearn.metrics import accuracy_score
#
# clusters = KMeans(n_clusters=3, n_init=10, random_state=0).fit_predict(X)
# agreement = accuracy_score(labels, clusters)
# ```
#
# The plot looks perfect but the score is around 0.33. I guess cluster 0 isn't group 0? Use the \
# adjusted Rand index instead."""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'blobs.X', labels = 'blobs.labels' }
# checks = [
#     'np.array_equal(clusters, sklearn.cluster.KMeans(n_clusters=3, n_init=10, random_state=0).fit_predict(X))',
#     # the adjusted Rand index of the clusters against the known groups
#     'np.isclose(agreement, sklearn.metrics.adjusted_rand_score(labels, clusters))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'clustering', 'model-evaluation']
# edge_cases = true
# ///
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_rand_score

clusters = KMeans(n_clusters=3, n_init=10, random_state=0).fit_predict(X)
# accuracy compares label values; the adjusted Rand index compares the groupings themselves
agreement = adjusted_rand_score(labels, clusters)
