# /// example
# task = """
# `history` is a matrix of past sensor readings (rows are time points, 4 channels). This code \
# should fit a Local Outlier Factor model (20 neighbours) on `history` and then flag each row \
# of a new batch as an inlier (+1) or outlier (-1) in `flags`, with the rows' LOF scores \
# (`score_samples`, lower is more abnormal) in `scores`, but it raises an error:
#
# ```python
# import numpy as np
# from sklearn.neighbors import LocalOutlierFactor
#
# new_batch = np.array([[0.1, -0.2, 0.0, 0.3], [6.0, -6.0, 6.0, -6.0], [1.0, 1.0, -0.5, 0.2]])
# lof = LocalOutlierFactor(n_neighbors=20).fit(history)
# flags = lof.predict(new_batch)
# scores = lof.score_samples(new_batch)
# ```
#
# ```text
# AttributeError: This 'LocalOutlierFactor' has no attribute 'predict'
# ```
#
# Fix it."""
# prompt = """
# I fit `LocalOutlierFactor(n_neighbors=20)` on my past readings `history` and want to flag new \
# rows as +1/-1 in `flags` and get their `score_samples` in `scores`:
#
# ```python
# import numpy as np
# from sklearn.neighbors import LocalOutlierFactor
#
# new_batch = np.array([[0.1, -0.2, 0.0, 0.3], [6.0, -6.0, 6.0, -6.0], [1.0, 1.0, -0.5, 0.2]])
# lof = LocalOutlierFactor(n_neighbors=20).fit(history)
# flags = lof.predict(new_batch)
# scores = lof.score_samples(new_batch)
# ```
#
# ```text
# AttributeError: This 'LocalOutlierFactor' has no attribute 'predict'
# ```
#
# Why is there no `predict`? It's an outlier detector!"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { history = 'matrix' }
# checks = [
#     '(lambda nb: np.array_equal(flags, sklearn.neighbors.LocalOutlierFactor(n_neighbors=20, novelty=True).fit(history).predict(nb)))(np.array([[0.1, -0.2, 0.0, 0.3], [6.0, -6.0, 6.0, -6.0], [1.0, 1.0, -0.5, 0.2]]))',
#     '(lambda nb: np.allclose(scores, sklearn.neighbors.LocalOutlierFactor(n_neighbors=20, novelty=True).fit(history).score_samples(nb)))(np.array([[0.1, -0.2, 0.0, 0.3], [6.0, -6.0, 6.0, -6.0], [1.0, 1.0, -0.5, 0.2]]))',
#     'np.shape(flags) == np.shape(scores) and set(np.unique(flags)) <= {-1, 1}',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'outliers', 'nearest-neighbors']
# edge_cases = { min_size = 21, why = "LOF compares each point with its 20 nearest neighbours, so the history needs more than 20 rows" }
# ///
import numpy as np
from sklearn.neighbors import LocalOutlierFactor

new_batch = np.array([[0.1, -0.2, 0.0, 0.3], [6.0, -6.0, 6.0, -6.0], [1.0, 1.0, -0.5, 0.2]])
# novelty=True is LOF's mode for scoring unseen rows; the default only labels the training data (fit_predict)
lof = LocalOutlierFactor(n_neighbors=20, novelty=True).fit(history)
flags = lof.predict(new_batch)
scores = lof.score_samples(new_batch)
