# /// example
# task = """
# This code trains a 5-nearest-neighbour classifier on all rows of `X`, `y` except the first and \
# should store the predicted class of the first row in `first_label` (a single label), but it \
# raises an error:
#
# ```python
# from sklearn.neighbors import KNeighborsClassifier
#
# model = KNeighborsClassifier(n_neighbors=5).fit(X[1:], y[1:])
# first_label = model.predict(X[0])[0]
# ```
#
# ```text
# ValueError: Expected 2D array, got 1D array instead:
# ```
#
# Fix it."""
# prompt = """
# I hold out the first row of `X` and want to classify it with a 5-NN model trained on the other \
# rows (`n_neighbors=5`, labels `y`). The single predicted label should go in `first_label`:
#
# ```python
# from sklearn.neighbors import KNeighborsClassifier
#
# model = KNeighborsClassifier(n_neighbors=5).fit(X[1:], y[1:])
# first_label = model.predict(X[0])[0]
# ```
#
# ```text
# ValueError: Expected 2D array, got 1D array instead:
# ```
#
# X[0] is one sample with all its features, so what's wrong?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'np.ndim(first_label) == 0',
#     # majority label among the 5 rows nearest to row 0 (ties go to the smallest label)
#     '(lambda d: first_label == (lambda near: np.unique(near)[np.argmax(np.unique(near, return_counts=True)[1])])(y[1:][np.argsort(d, kind="stable")[:5]]))(np.linalg.norm(X[1:] - X[0], axis=1)) or np.sum(np.isclose(np.sort(np.linalg.norm(X[1:] - X[0], axis=1))[4:6], np.sort(np.linalg.norm(X[1:] - X[0], axis=1))[4])) > 1',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'nearest-neighbors', 'classification']
# edge_cases = true
# ///
from sklearn.neighbors import KNeighborsClassifier

model = KNeighborsClassifier(n_neighbors=5).fit(X[1:], y[1:])
# X[0] is 1-D; X[[0]] keeps it as a (1, n_features) table of one sample
first_label = model.predict(X[[0]])[0]
