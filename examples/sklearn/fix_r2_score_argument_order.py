# /// example
# task = """
# This code holds out 30% of the weather stations `stations` (`random_state=0`), predicts \
# `temperature` from `lat` and `elevation_m` with a linear regression fitted on the rest, keeps \
# the held-out truth in `y_test` and the predictions in `y_pred`, and stores the test R^2 in \
# `r2`. It runs, but `r2` is far below what the predictions deserve (strongly negative here):
#
# ```python
# from sklearn.linear_model import LinearRegression
# from sklearn.metrics import r2_score
# from sklearn.model_selection import train_test_split
#
# features = ["lat", "elevation_m"]
# X_train, X_test, y_train, y_test = train_test_split(stations[features], stations["temperature"], test_size=0.3, random_state=0)
# y_pred = LinearRegression().fit(X_train, y_train).predict(X_test)
# r2 = r2_score(y_pred, y_test)
# ```
#
# Fix it."""
# prompt = """
# I predict the `temperature` of my weather `stations` from `lat` and `elevation_m` with linear \
# regression, holding out 30% (`random_state=0`); the test truth is `y_test`, the predictions \
# `y_pred`, and the coefficient of determination goes in `r2`:
#
# ```python
# from sklearn.linear_model import LinearRegression
# from sklearn.metrics import r2_score
# from sklearn.model_selection import train_test_split
#
# features = ["lat", "elevation_m"]
# X_train, X_test, y_train, y_test = train_test_split(stations[features], stations["temperature"], test_size=0.3, random_state=0)
# y_pred = LinearRegression().fit(X_train, y_train).predict(X_test)
# r2 = r2_score(y_pred, y_test)
# ```
#
# I get an R^2 of about -5.5, which seems way too bad. What is wrong?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'len(y_test) == len(y_pred) == math.ceil(0.3 * len(stations))',
#     # R^2 measures the predictions against the spread of the true values
#     'np.isclose(r2, 1 - np.sum((np.asarray(y_test) - y_pred) ** 2) / np.sum((np.asarray(y_test) - np.mean(y_test)) ** 2))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'model-evaluation', 'regression', 'linear-model']
# [edge_cases]
# min_size = 10
# constant = false
# why = 'R^2 needs held-out temperatures that vary, and the regression at least a few training stations'
# ///
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score
from sklearn.model_selection import train_test_split

features = ["lat", "elevation_m"]
X_train, X_test, y_train, y_test = train_test_split(
    stations[features], stations["temperature"], test_size=0.3, random_state=0
)
y_pred = LinearRegression().fit(X_train, y_train).predict(X_test)
# metrics take the true values first: r2_score(y_true, y_pred) is not symmetric
r2 = r2_score(y_test, y_pred)
