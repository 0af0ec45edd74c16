# /// example
# task = """
# Build the seven 2-D points below as the array `points` and cluster them with DBSCAN (neighbourhood \
# radius 0.5, at least 3 points to form a dense core, the point itself included). Store the cluster \
# label of each point in `labels` (noise is labelled -1) and the number of clusters found, noise \
# excluded, in `n_clusters`.
#
# ```text
#      x    y
#    1.0  1.0
#    1.2  0.8
#    0.9  1.1
#    5.0  5.0
#    5.1  4.8
#    4.9  5.2
#    9.0  1.0
# ```
#
# Wanted:
#
# ```text
# labels = [0, 0, 0, 1, 1, 1, -1]
# n_clusters = 2
# ```"""
# prompt = """
# How do I get DBSCAN to give me cluster `labels` for these `points` and tell me how many clusters \
# (`n_clusters`) it found, not counting the outlier? I use eps 0.5 and min_samples 3:
#
# ```text
#      x    y
#    1.0  1.0
#    1.2  0.8
#    0.9  1.1
#    5.0  5.0
#    5.1  4.8
#    4.9  5.2
#    9.0  1.0
# ```
#
# I expect
#
# ```text
# labels = [0, 0, 0, 1, 1, 1, -1]
# n_clusters = 2
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(labels, [0, 0, 0, 1, 1, 1, -1])',
#     'int(n_clusters) == 2',
#     'np.allclose(points, [[1.0, 1.0], [1.2, 0.8], [0.9, 1.1], [5.0, 5.0], [5.1, 4.8], [4.9, 5.2], [9.0, 1.0]])',
# ]
# difficulty = 'intermediate'
# tags = ['clustering', 'outliers']
# ///
import numpy as np
from sklearn.cluster import DBSCAN

points = np.array(
    [[1.0, 1.0], [1.2, 0.8], [0.9, 1.1], [5.0, 5.0], [5.1, 4.8], [4.9, 5.2], [9.0, 1.0]]
)
# a point needs min_samples neighbours (itself included) within eps to be a core point
labels = DBSCAN(eps=0.5, min_samples=3).fit_predict(points)
n_clusters = len(set(labels) - {-1})
