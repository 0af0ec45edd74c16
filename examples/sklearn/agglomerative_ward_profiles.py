# /// example
# task = """
# Group the rows of the numeric DataFrame `measurements` into 3 clusters with Ward-linkage \
# `AgglomerativeClustering` on standardized columns (`scaled`); store the labels in `labels` and a \
# per-cluster table of column means in original units in `profile` (index: cluster label). Keep \
# the fitted clustering model as `model`."""
# prompt = """
# I'd like to group the rows of my numeric DataFrame `measurements` into 3 clusters with \
# Ward-linkage agglomerative clustering, computed on standardized columns kept in `scaled`. Keep \
# the fitted clustering model as `model`, the labels in `labels`, and a per-cluster table of \
# column means in the original units in `profile`, indexed by cluster label."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'labels.shape == (len(measurements),) and set(np.unique(labels)) == set(range(3))',
#     'len(model.children_) == len(measurements) - 1',
#     'profile.shape == (3, measurements.shape[1]) and list(profile.columns) == list(measurements.columns)',
#     'np.allclose(profile.loc[0], measurements[labels == 0].mean())',
#     # Ward linkage: scipy's Ward tree cut after its first n - 3 merges gives the same partition
#     # (unless merge heights tie, when either tree is a valid Ward tree)
#     "np.shape(scaled) == measurements.shape and (lambda Z: np.min(np.diff(np.sort(Z[:, 2]))) <= 1e-9 * Z[:, 2].max() or (lambda fc: len(np.unique(fc)) == 3 and (pd.crosstab(labels, fc).to_numpy() > 0).sum() == 3)(scipy.cluster.hierarchy.cut_tree(Z, n_clusters=3).ravel()))(scipy.cluster.hierarchy.linkage(np.asarray(scaled, dtype=float), 'ward'))",
# ]
# difficulty = 'intermediate'
# tags = ['clustering', 'standardization', 'groupby']
# [edge_cases]
# min_size = 3
# why = 'three clusters need three rows'
# ///
from sklearn.cluster import AgglomerativeClustering
from sklearn.preprocessing import StandardScaler

scaled = StandardScaler().fit_transform(measurements)
# Ward merges the pair of clusters that least increases the within-cluster variance
model = AgglomerativeClustering(n_clusters=3, linkage="ward")
labels = model.fit_predict(scaled)
profile = measurements.assign(cluster=labels).groupby("cluster").mean()
