# /// example
# task = """
# This code should hold out 25% of `X`, `y` (`random_state=0`) as `X_test`, `y_test`, fit a \
# 5-nearest-neighbour classifier on the rest and store its accuracy on the held-out rows in \
# `accuracy`, but scoring raises an error:
#
# ```python
# from sklearn.metrics import accuracy_score
# from sklearn.model_selection import train_test_split
# from sklearn.neighbors import KNeighborsClassifier
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
# model = KNeighborsClassifier(n_neighbors=5).fit(X_train, y_train)
# accuracy = accuracy_score(y, model.predict(X_test))
# ```
#
# ```text
# ValueError: Found input variables with inconsistent numbers of samples: [300, 75]
# ```
#
# Fix it."""
# prompt = """
# I hold out a quarter of `X`, `y` (`random_state=0`) as `X_test`, `y_test`, train a k-NN \
# classifier with 5 neighbours on the rest and want its test accuracy in `accuracy`:
#
# ```python
# from sklearn.metrics import accuracy_score
# from sklearn.model_selection import train_test_split
# from sklearn.neighbors import KNeighborsClassifier
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
# model = KNeighborsClassifier(n_neighbors=5).fit(X_train, y_train)
# accuracy = accuracy_score(y, model.predict(X_test))
# ```
#
# ```text
# ValueError: Found input variables with inconsistent numbers of samples: [300, 75]
# ```
#
# What does it mean by inconsistent numbers of samples?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'len(y_test) == math.ceil(0.25 * len(y)) and len(X_test) == len(y_test)',
#     # the share of the held-out labels that a 5-NN model fitted on the same split's training part gets right
#     '(lambda X_tr, X_te, y_tr, y_te: np.isclose(accuracy, np.mean(sklearn.neighbors.KNeighborsClassifier(n_neighbors=5).fit(X_tr, y_tr).predict(X_te) == y_te)))(*sklearn.model_selection.train_test_split(X, y, test_size=0.25, random_state=0))',
#     '0.0 <= accuracy <= 1.0',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'model-evaluation', 'nearest-neighbors', 'classification']
# edge_cases = true
# ///
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
model = KNeighborsClassifier(n_neighbors=5).fit(X_train, y_train)
# compare the test predictions with the test labels, not with all of y
accuracy = accuracy_score(y_test, model.predict(X_test))
