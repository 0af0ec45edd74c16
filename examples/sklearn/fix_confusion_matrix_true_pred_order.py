# /// example
# task = """
# This code should store in `cm` the confusion matrix of a logistic regression (`max_iter=500`) \
# on a 30% test split of `X`, `y` (`random_state=0`), with rows for the true classes and columns for \
# the predicted ones:
#
# ```python
# from sklearn.linear_model import LogisticRegression
# from sklearn.metrics import confusion_matrix
# from sklearn.model_selection import train_test_split
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
# model = LogisticRegression(max_iter=500).fit(X_train, y_train)
# cm = confusion_matrix(model.predict(X_test), y_test)
# ```
#
# It runs, but the rows are the predicted classes and the columns the true ones, so the per-class \
# recall read along the rows is wrong. Fix it."""
# prompt = """
# I want the test confusion matrix `cm` of my logistic regression (`max_iter=500`, 30% test split of \
# `X`, `y`, `random_state=0`), true classes as rows and predictions as columns:
#
# ```python
# from sklearn.linear_model import LogisticRegression
# from sklearn.metrics import confusion_matrix
# from sklearn.model_selection import train_test_split
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
# model = LogisticRegression(max_iter=500).fit(X_train, y_train)
# cm = confusion_matrix(model.predict(X_test), y_test)
# ```
#
# My row-wise recall numbers look off compared with `classification_report`. Is something \
# swapped?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     '(lambda Xtr, Xte, ytr, yte: (lambda p: np.array_equal(cm, [[np.sum((yte == a) & (p == b)) for b in np.unique(np.concatenate([yte, p]))] for a in np.unique(np.concatenate([yte, p]))]))(sklearn.linear_model.LogisticRegression(max_iter=500).fit(Xtr, ytr).predict(Xte)))(*sklearn.model_selection.train_test_split(X, y, test_size=0.3, random_state=0))',
#     # one count per test row: ceil(0.3 * n) rows
#     'np.sum(cm) == int(np.ceil(0.3 * len(y)))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'model-evaluation', 'classification']
# edge_cases = { min_size = 30, why = "the 30% test split should contain every class so the matrix is 3 x 3" }
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=0)
model = LogisticRegression(max_iter=500).fit(X_train, y_train)
# the signature is confusion_matrix(y_true, y_pred): rows follow the first argument
cm = confusion_matrix(y_test, model.predict(X_test))
