# /// example
# task = """
# Group the rows of the numeric DataFrame `measurements` into 3 clusters with Ward-linkage \
# `AgglomerativeClustering` on standardized columns; store the labels in `labels` and a \
# per-cluster table of column means in original units in `profile` (index: cluster label). Keep \
# the fitted clustering model as `model`."""
# domain = 'data_processing'
# libraries = ['scikit-learn', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'labels.shape == (len(measurements),) and set(np.unique(labels)) == set(range(3))',
#     'len(model.children_) == len(measurements) - 1',
#     'profile.shape == (3, measurements.shape[1]) and list(profile.columns) == list(measurements.columns)',
#     'np.allclose(profile.loc[0], measurements[labels == 0].mean())',
# ]
# difficulty = 'intermediate'
# tags = ['clustering', 'hierarchical']
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
