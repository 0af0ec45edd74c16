# /// example
# task = """
# This code fits a logistic regression (default settings) on `X`, `y` and then predicts the class \
# of every row of `X` into `labels`, one row at a time:
#
# ```python
# import numpy as np
# from sklearn.linear_model import LogisticRegression
#
# model = LogisticRegression().fit(X, y)
# labels = np.array([model.predict(X[i : i + 1])[0] for i in range(len(X))])
# ```
#
# Each call pays the estimator's input checks again, so it is slow on many rows. Give the same \
# `model` and `labels` with one prediction call."""
# prompt = """
# After fitting `model = LogisticRegression().fit(X, y)` I label every row of `X` in a loop:
#
# ```python
# import numpy as np
# from sklearn.linear_model import LogisticRegression
#
# model = LogisticRegression().fit(X, y)
# labels = np.array([model.predict(X[i : i + 1])[0] for i in range(len(X))])
# ```
#
# With a million rows this takes ages. How do I get the same `labels` quickly?"""
# task_type = 'performance'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'isinstance(model, sklearn.linear_model.LogisticRegression) and np.allclose(model.coef_, sklearn.linear_model.LogisticRegression().fit(X, y).coef_)',
#     'np.array_equal(np.asarray(labels), sklearn.linear_model.LogisticRegression().fit(X, y).predict(X))',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'classification']
# edge_cases = true
# ///
from sklearn.linear_model import LogisticRegression

model = LogisticRegression().fit(X, y)
# predict takes the whole matrix: one validation and one matrix product for all rows
labels = model.predict(X)
