from sklearn import cluster

clusterer = cluster.HDBSCAN(min_cluster_size=10, n_jobs=-1, copy=True)
cluster_labels = clusterer.fit_predict(X)
# noise points carry the label -1 and are no cluster
n_clusters = len(set(cluster_labels)) - (1 if -1 in cluster_labels else 0)
