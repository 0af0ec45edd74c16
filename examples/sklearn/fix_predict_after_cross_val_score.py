# /// example
# task = """
# This code splits `X`, `y` into `X_train`, `X_test`, `y_train`, `y_test` (25% test, \
# `random_state=0`), scores a `DecisionTreeClassifier(random_state=0)` by 5-fold cross-validation \
# on the training part in `cv_scores`, and should then predict the test part in `y_pred` with the \
# tree trained on the whole training part, but it raises an error:
#
# ```python
# from sklearn.model_selection import cross_val_score, train_test_split
# from sklearn.tree import DecisionTreeClassifier
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
# model = DecisionTreeClassifier(random_state=0)
# cv_scores = cross_val_score(model, X_train, y_train, cv=5)
# y_pred = model.predict(X_test)
# ```
#
# ```text
# NotFittedError: This DecisionTreeClassifier instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator.
# ```
#
# Fix it."""
# prompt = """
# I split `X`, `y` into `X_train`, `X_test`, `y_train`, `y_test` (25% test, `random_state=0`), \
# cross-validate a decision tree (`random_state=0`) with 5 folds on the training part \
# (`cv_scores`), and then want its predictions for the test set in `y_pred`:
#
# ```python
# from sklearn.model_selection import cross_val_score, train_test_split
# from sklearn.tree import DecisionTreeClassifier
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
# model = DecisionTreeClassifier(random_state=0)
# cv_scores = cross_val_score(model, X_train, y_train, cv=5)
# y_pred = model.predict(X_test)
# ```
#
# ```text
# NotFittedError: This DecisionTreeClassifier instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator.
# ```
#
# Didn't cross_val_score just fit it five times?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'len(X_test) == math.ceil(0.25 * len(X)) and len(y_pred) == len(X_test)',
#     'np.allclose(cv_scores, sklearn.model_selection.cross_val_score(sklearn.tree.DecisionTreeClassifier(random_state=0), X_train, y_train, cv=5))',
#     'np.array_equal(y_pred, sklearn.tree.DecisionTreeClassifier(random_state=0).fit(X_train, y_train).predict(X_test))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'cross-validation', 'decision-tree']
# [edge_cases]
# min_size = 100
# why = '5-fold stratified cross-validation on the 75% training part needs five samples of each class: an imbalanced draw of 100 has 15 of the rare class'
# ///
from sklearn.model_selection import cross_val_score, train_test_split
from sklearn.tree import DecisionTreeClassifier

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
model = DecisionTreeClassifier(random_state=0)
cv_scores = cross_val_score(model, X_train, y_train, cv=5)
# cross_val_score fits copies of the model and leaves `model` itself unfitted
model.fit(X_train, y_train)
y_pred = model.predict(X_test)
