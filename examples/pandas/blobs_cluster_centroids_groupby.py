# /// example
# task = """
# Put the 2-D points `blobs.X` and their cluster `blobs.labels` into a DataFrame with the columns \
# `x`, `y` and `cluster`, then compute per cluster with one named aggregation the centroid \
# (`cx`, `cy`: the mean of x and y), the number of points `n` and the spread `radius` (the mean \
# distance of the cluster's points from its centroid, via a groupby transform). Store the table, \
# indexed by cluster label in increasing order, in `clusters`."""
# prompt = """
# I have points `X` (n x 2) with cluster `labels`. Please build a frame (`x`, `y`, `cluster`) and \
# give me a per-cluster table `clusters` (index = label, sorted) with the centroid `cx`, `cy`, \
# the count `n` and `radius`, the average distance of the points to their own centroid."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { X = 'blobs.X', labels = 'blobs.labels' }
# checks = [
#     'list(clusters.index) == sorted(np.unique(labels).tolist())',
#     'np.allclose(clusters[["cx", "cy"]].to_numpy(dtype=float), [X[labels == k].mean(axis=0) for k in sorted(np.unique(labels))]) and list(clusters["n"]) == [int((labels == k).sum()) for k in sorted(np.unique(labels))]',
#     'np.allclose(clusters["radius"].to_numpy(dtype=float), [np.linalg.norm(X[labels == k] - X[labels == k].mean(axis=0), axis=1).mean() for k in sorted(np.unique(labels))])',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'aggregation', 'clustering']
# edge_cases = true
# ///
import numpy as np
import pandas as pd

points = pd.DataFrame({"x": X[:, 0], "y": X[:, 1], "cluster": labels})
by_cluster = points.groupby("cluster")
# transform broadcasts each cluster's centroid back to its own points
dx = points["x"] - by_cluster["x"].transform("mean")
dy = points["y"] - by_cluster["y"].transform("mean")
points["distance"] = np.hypot(dx, dy)
clusters = points.groupby("cluster").agg(
    cx=("x", "mean"), cy=("y", "mean"), n=("x", "size"), radius=("distance", "mean")
)
