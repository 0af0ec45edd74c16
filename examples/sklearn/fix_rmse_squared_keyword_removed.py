# /// example
# task = """
# This code, written for an older scikit-learn, should hold out the last 25% of the rows of \
# `X`, `y` (`train_test_split` with `shuffle=False`), fit a linear regression on the rest and \
# store the root-mean-squared error on the held-out rows in `rmse`, but on a current \
# scikit-learn it raises an error:
#
# ```python
# from sklearn.linear_model import LinearRegression
# from sklearn.metrics import mean_squared_error
# from sklearn.model_selection import train_test_split
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, shuffle=False)
# model = LinearRegression().fit(X_train, y_train)
# rmse = mean_squared_error(y_test, model.predict(X_test), squared=False)
# ```
#
# ```text
# TypeError: got an unexpected keyword argument 'squared'
# ```
#
# Fix it for current scikit-learn."""
# prompt = """
# After upgrading scikit-learn my evaluation script breaks. It holds out the last 25% of `X`, \
# `y` (no shuffling), fits a linear regression and reports the test RMSE as `rmse`:
#
# ```python
# from sklearn.linear_model import LinearRegression
# from sklearn.metrics import mean_squared_error
# from sklearn.model_selection import train_test_split
#
# X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, shuffle=False)
# model = LinearRegression().fit(X_train, y_train)
# rmse = mean_squared_error(y_test, model.predict(X_test), squared=False)
# ```
#
# ```text
# TypeError: got an unexpected keyword argument 'squared'
# ```
#
# What replaced `squared=False`?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     # the held-out rows are the last 25% (train_test_split rounds the test size up)
#     '(lambda k: np.isclose(rmse, np.sqrt(np.mean((sklearn.linear_model.LinearRegression().fit(X[: len(X) - k], y[: len(y) - k]).predict(X[len(X) - k :]) - y[len(y) - k :]) ** 2))))(int(np.ceil(0.25 * len(X))))',
#     'rmse >= 0',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'model-evaluation', 'regression', 'train-test-split']
# requires = { scikit-learn = ">=1.6" }
# edge_cases = { min_size = 4, why = "a 25% hold-out and a fitted line need a few rows on each side" }
# ///
from sklearn.linear_model import LinearRegression
from sklearn.metrics import root_mean_squared_error
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, shuffle=False)
model = LinearRegression().fit(X_train, y_train)
# scikit-learn 1.6 removed squared=False; root_mean_squared_error (since 1.4) replaces it
rmse = root_mean_squared_error(y_test, model.predict(X_test))
