# /// example
# task = """
# This code should fit a linear model predicting the continuous target `y` from `X` and store its \
# predictions for `X` in `predicted`, but it raises an error:
#
# ```python
# from sklearn.linear_model import LogisticRegression
#
# model = LogisticRegression().fit(X, y)
# predicted = model.predict(X)
# ```
#
# ```text
# ValueError: Unknown label type: continuous. Maybe you are trying to fit a classifier, which expects discrete classes on a regression target with continuous values.
# ```
#
# Fix it with an ordinary least-squares fit."""
# prompt = """
# My target `y` is a continuous measurement and I want a linear model of it from the features `X`, \
# with the in-sample predictions in `predicted`. I wrote
#
# ```python
# from sklearn.linear_model import LogisticRegression
#
# model = LogisticRegression().fit(X, y)
# predicted = model.predict(X)
# ```
#
# and got
#
# ```text
# ValueError: Unknown label type: continuous. Maybe you are trying to fit a classifier, which expects discrete classes on a regression target with continuous values.
# ```
#
# I just want ordinary least squares. What's the right model?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'predicted.shape == y.shape',
#     'np.allclose(predicted, np.column_stack([np.ones(len(X)), X]) @ np.linalg.lstsq(np.column_stack([np.ones(len(X)), X]), y, rcond=None)[0], rtol=1e-6, atol=1e-8 * np.abs(y).max())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'linear-model', 'regression']
# edge_cases = true
# ///
from sklearn.linear_model import LinearRegression

# logistic regression is a classifier for discrete labels; a continuous target needs a regressor
model = LinearRegression().fit(X, y)
predicted = model.predict(X)
