# /// example
# task = """
# Build the nine labelled points below as the feature array `X` (shape (9, 1)) and the labels `y`, \
# and choose the number of neighbours of a k-nearest-neighbours classifier among 1, 3 and 5 with \
# scikit-learn's `GridSearchCV` and leave-one-out cross-validation (accuracy). Store the chosen k \
# in `best_k` and the mean leave-one-out accuracy of each candidate, in the order 1, 3, 5, in \
# `mean_accuracy`. Rounded to 3 decimals they print as shown.
#
# ```text
# x: 2.0  3.1  4.0  5.2  6.3  6.9  7.6  9.4  9.9
# y:   0    0    0    1    1    1    1    0    1
# ```
#
# Wanted:
#
# ```text
# best_k = 3
# mean_accuracy = [0.778, 0.889, 0.556]
# ```"""
# prompt = """
# With only nine points (`X`, `y`) I want to pick k for a KNN classifier from 1, 3 and 5 by \
# leave-one-out accuracy in a grid search:
#
# ```text
# x: 2.0  3.1  4.0  5.2  6.3  6.9  7.6  9.4  9.9
# y:   0    0    0    1    1    1    1    0    1
# ```
#
# I get this by hand; please give `best_k` and the per-k means in `mean_accuracy` (order 1, 3, 5):
#
# ```text
# best_k = 3
# mean_accuracy = [0.778, 0.889, 0.556]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'int(best_k) == 3',
#     'np.allclose(mean_accuracy, [0.778, 0.889, 0.556], atol=5e-4)',
#     # leave-one-out accuracy of k=3 recomputed: 8 of the 9 held-out points are right
#     'np.isclose(sklearn.model_selection.cross_val_score(sklearn.neighbors.KNeighborsClassifier(n_neighbors=3), np.reshape(X, (-1, 1)), y, cv=sklearn.model_selection.LeaveOneOut()).mean(), 8 / 9)',
#     'np.ravel(X).tolist() == [2.0, 3.1, 4.0, 5.2, 6.3, 6.9, 7.6, 9.4, 9.9] and list(y) == [0, 0, 0, 1, 1, 1, 1, 0, 1]',
# ]
# difficulty = 'advanced'
# tags = ['model-selection', 'cross-validation', 'nearest-neighbors']
# ///
import numpy as np
from sklearn.model_selection import GridSearchCV, LeaveOneOut
from sklearn.neighbors import KNeighborsClassifier

X = np.array([2.0, 3.1, 4.0, 5.2, 6.3, 6.9, 7.6, 9.4, 9.9]).reshape(-1, 1)
y = np.array([0, 0, 0, 1, 1, 1, 1, 0, 1])

# LeaveOneOut holds out each point once: 9 fits per candidate k
search = GridSearchCV(
    KNeighborsClassifier(), {"n_neighbors": [1, 3, 5]}, cv=LeaveOneOut(), scoring="accuracy"
)
search.fit(X, y)
best_k = search.best_params_["n_neighbors"]
mean_accuracy = search.cv_results_["mean_test_score"]
