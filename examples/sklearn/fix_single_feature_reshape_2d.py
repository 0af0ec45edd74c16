# /// example
# task = """
# This code should fit a straight line of `y` on the first column of the feature matrix `X` only, \
# keeping the fitted `LinearRegression` in `model` and its slope in `slope`, but it raises an error:
#
# ```python
# from sklearn.linear_model import LinearRegression
#
# model = LinearRegression().fit(X[:, 0], y)
# slope = model.coef_[0]
# ```
#
# ```text
# ValueError: Expected 2D array, got 1D array instead:
# ```
#
# Fix it."""
# prompt = """
# I want a simple linear regression of `y` on just the first feature of `X`: the fitted model in \
# `model` and the slope in `slope`. This is my code:
#
# ```python
# from sklearn.linear_model import LinearRegression
#
# model = LinearRegression().fit(X[:, 0], y)
# slope = model.coef_[0]
# ```
#
# and it stops with
#
# ```text
# ValueError: Expected 2D array, got 1D array instead:
# ```
#
# It's one feature, so why does it want a 2-D array?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'model.n_features_in_ == 1',
#     'np.isclose(slope, np.polyfit(X[:, 0], y, 1)[0], rtol=1e-6, atol=1e-9 * np.abs(y).max() / np.abs(X[:, 0]).max())',
#     'np.allclose(model.predict(X[:, :1]), np.polyval(np.polyfit(X[:, 0], y, 1), X[:, 0]), rtol=1e-6, atol=1e-9 * np.abs(y).max())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'linear-model']
# edge_cases = true
# ///
from sklearn.linear_model import LinearRegression

# scikit-learn wants X as (n_samples, n_features): X[:, [0]] keeps the column two-dimensional
model = LinearRegression().fit(X[:, [0]], y)
slope = model.coef_[0]
