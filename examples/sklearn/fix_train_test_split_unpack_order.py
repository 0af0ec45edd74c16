# /// example
# task = """
# This code should hold out 25% of `X`, `y` (`random_state=0`), fit a `LinearRegression` on the \
# rest and store the held-out R² in `test_r2`, but it raises an error:
#
# ```python
# from sklearn.linear_model import LinearRegression
# from sklearn.model_selection import train_test_split
#
# X_train, y_train, X_test, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
# model = LinearRegression().fit(X_train, y_train)
# test_r2 = model.score(X_test, y_test)
# ```
#
# ```text
# ValueError: Found input variables with inconsistent numbers of samples: [150, 50]
# ```
#
# Fix it."""
# prompt = """
# Simple hold-out evaluation of a linear regression on `X`, `y`: 25% test (`test_size=0.25`, \
# `random_state=0`), R² on the test part into `test_r2`. My code fails on the fit:
#
# ```python
# from sklearn.linear_model import LinearRegression
# from sklearn.model_selection import train_test_split
#
# X_train, y_train, X_test, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
# model = LinearRegression().fit(X_train, y_train)
# test_r2 = model.score(X_test, y_test)
# ```
#
# ```text
# ValueError: Found input variables with inconsistent numbers of samples: [150, 50]
# ```
#
# The arrays have the same number of rows, so what's inconsistent?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     '(lambda Xtr, Xte, ytr, yte: np.isclose(test_r2, sklearn.metrics.r2_score(yte, sklearn.linear_model.LinearRegression().fit(Xtr, ytr).predict(Xte))))(*sklearn.model_selection.train_test_split(X, y, test_size=0.25, random_state=0))',
#     'np.isfinite(test_r2)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'train-test-split', 'regression']
# edge_cases = { min_size = 12, why = "R² needs at least two held-out rows, which a 25% split gives from 8 rows on" }
# ///
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

# train_test_split returns every array's train part, then its test part: X_train, X_test, y_train, y_test
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
model = LinearRegression().fit(X_train, y_train)
test_r2 = model.score(X_test, y_test)
