# /// example
# task = """
# Fit `KNeighborsRegressor(n_neighbors=3, weights="distance")` to `x`, `y` (one feature) and store \
# its predictions at the query points `x_query = [0.25, 3.3, 7.7]` in `y_query`."""
# prompt = """
# I want a 3-nearest-neighbour regression of `y` on `x` where closer neighbours count more \
# (inverse-distance weights, `weights="distance"`), evaluated at `x_query = [0.25, 3.3, 7.7]`; put \
# the predictions in `y_query`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     'np.shape(y_query) == (3,)',
#     # inverse-distance weighted mean of the 3 nearest y values; an exact match takes the matching points' mean
#     'np.allclose(y_query, [(lambda d, idx: np.mean(y[idx][d[idx] == 0]) if np.any(d[idx] == 0) else np.sum(y[idx] / d[idx]) / np.sum(1 / d[idx]))(np.abs(x - q), np.argsort(np.abs(x - q), kind="stable")[:3]) for q in [0.25, 3.3, 7.7]]) or len(np.unique(np.round(np.sort(np.abs(x[:, None] - np.array([0.25, 3.3, 7.7])), axis=0)[2:4], 12), axis=0)) < 2',
# ]
# difficulty = 'intermediate'
# tags = ['nearest-neighbors', 'regression']
# edge_cases = true
# ///
import numpy as np
from sklearn.neighbors import KNeighborsRegressor

# weights="distance" averages the neighbours with weights 1 / distance
knn = KNeighborsRegressor(n_neighbors=3, weights="distance").fit(x.reshape(-1, 1), y)
x_query = np.array([0.25, 3.3, 7.7])
y_query = knn.predict(x_query.reshape(-1, 1))
