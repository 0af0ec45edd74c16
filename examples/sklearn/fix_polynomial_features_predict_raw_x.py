# /// example
# task = """
# This code should fit a quadratic regression of `y` on the 1-D array `x` and store its \
# predictions at x = 0, 5 and 10 in `y_new`, but it raises an error:
#
# ```python
# import numpy as np
# from sklearn.linear_model import LinearRegression
# from sklearn.preprocessing import PolynomialFeatures
#
# X_poly = PolynomialFeatures(degree=2).fit_transform(x.reshape(-1, 1))
# model = LinearRegression().fit(X_poly, y)
# y_new = model.predict(np.array([[0.0], [5.0], [10.0]]))
# ```
#
# ```text
# ValueError: X has 1 features, but LinearRegression is expecting 3 features as input.
# ```
#
# Fix it so that the expansion is applied to new inputs automatically, keeping the fitted \
# model in `model`."""
# prompt = """
# I fit a degree-2 polynomial regression of `y` on `x` and want predictions `y_new` at x = `0`, \
# `5` and `10`, with the fitted `model` kept for later:
#
# ```python
# import numpy as np
# from sklearn.linear_model import LinearRegression
# from sklearn.preprocessing import PolynomialFeatures
#
# X_poly = PolynomialFeatures(degree=2).fit_transform(x.reshape(-1, 1))
# model = LinearRegression().fit(X_poly, y)
# y_new = model.predict(np.array([[0.0], [5.0], [10.0]]))
# ```
#
# ```text
# ValueError: X has 1 features, but LinearRegression is expecting 3 features as input.
# ```
#
# How do I predict from plain x values?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { x = 'growth.x', y = 'growth.y' }
# checks = [
#     # the least-squares quadratic through (x, y), evaluated at 0, 5 and 10
#     'np.allclose(y_new, np.polyval(np.polyfit(x, y, 2), [0.0, 5.0, 10.0]), rtol=1e-6, atol=1e-6 * (1 + np.abs(y).max()))',
#     'np.allclose(np.ravel(model.predict(np.reshape(x, (-1, 1)))), np.polyval(np.polyfit(x, y, 2), x), rtol=1e-6, atol=1e-6 * (1 + np.abs(y).max()))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'pipeline', 'feature-engineering', 'regression']
# edge_cases = { min_size = 4, why = "a quadratic fit needs more points than its three coefficients" }
# ///
import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures

# inside a pipeline the fitted expansion is re-applied to every input passed to predict
model = make_pipeline(PolynomialFeatures(degree=2), LinearRegression())
model.fit(x.reshape(-1, 1), y)
y_new = model.predict(np.array([[0.0], [5.0], [10.0]]))
