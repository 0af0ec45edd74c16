# /// example
# task = """
# Fit `NearestCentroid` to the five labelled points below (`points`, `sizes`), store the class \
# centroids in `centroids` (rows in the order of `model.classes_`, stored in `classes`) and the \
# predicted classes of the three new points `new_points` in `predicted`.
#
# ```text
# points = [[1, 1], [2, 1], [8, 9], [9, 9], [8, 8]]
# sizes  = ["small", "small", "big", "big", "big"]
# new_points = [[4, 4], [6, 6], [5, 5]]
# ```
#
# Wanted:
#
# ```text
# classes   = ['big', 'small']
# centroids = [[8.3333, 8.6667], [1.5, 1.0]]
# predicted = ['small', 'big', 'big']
# ```"""
# prompt = """
# Simplest possible classifier: assign each new point to the class whose mean is nearest. My \
# labelled `points` and their `sizes`, and the `new_points` to classify:
#
# ```text
# points = [[1, 1], [2, 1], [8, 9], [9, 9], [8, 8]]
# sizes  = ["small", "small", "big", "big", "big"]
# new_points = [[4, 4], [6, 6], [5, 5]]
# ```
#
# I want the class order in `classes`, the class means in `centroids` and the predictions in \
# `predicted`:
#
# ```text
# classes   = ['big', 'small']
# centroids = [[8.3333, 8.6667], [1.5, 1.0]]
# predicted = ['small', 'big', 'big']
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     "list(classes) == ['big', 'small']",
#     'np.allclose(centroids, [[8.3333, 8.6667], [1.5, 1.0]], atol=1e-4)',
#     "list(predicted) == ['small', 'big', 'big']",
# ]
# difficulty = 'basic'
# tags = ['classification', 'nearest-neighbors']
# ///
import numpy as np
from sklearn.neighbors import NearestCentroid

points = np.array([[1, 1], [2, 1], [8, 9], [9, 9], [8, 8]])
sizes = np.array(["small", "small", "big", "big", "big"])
new_points = np.array([[4, 4], [6, 6], [5, 5]])
model = NearestCentroid().fit(points, sizes)
# classes_ are sorted, and centroids_ follows that order
classes = model.classes_
centroids = model.centroids_
predicted = model.predict(new_points)
