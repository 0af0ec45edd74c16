# /// example
# task = """
# Fit `Ridge(alpha=1.0)` on a 75% training split of the regression data `X`, `y`, predict the \
# remaining 25% into `y_pred`, and store the test RMSE (square root of `mean_squared_error`), \
# `mean_absolute_error` and `r2_score` in the dict `metrics` under "rmse", "mae" and "r2". Keep \
# the split parts as `X_train`, `X_test`, `y_train`, `y_test`."""
# prompt = """
# Fit a ridge regression with alpha=1.0 on a 75% training split of my regression data `X`, `y` \
# (`X_train`, `X_test`, `y_train`, `y_test`), predict the remaining 25% into `y_pred`, and put \
# the test RMSE, mean absolute error and R^2 in a dict `metrics` under "rmse", "mae" and "r2"."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'y_pred.shape == y_test.shape and len(y_test) == math.ceil(0.25 * len(y))',
#     "np.isclose(metrics['rmse'], np.sqrt(np.mean((y_test - y_pred) ** 2)))",
#     "np.isclose(metrics['mae'], np.mean(np.abs(y_test - y_pred))) and metrics['mae'] <= metrics['rmse']",
#     "np.isclose(metrics['r2'], 1 - np.sum((y_test - y_pred) ** 2) / np.sum((y_test - y_test.mean()) ** 2))",
# ]
# difficulty = 'basic'
# tags = ['regression', 'model-evaluation']
# edge_cases = true
# ///
import numpy as np
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
model = Ridge(alpha=1.0).fit(X_train, y_train)
y_pred = model.predict(X_test)
metrics = {
    # the square root of the MSE puts the error back in the units of y
    "rmse": np.sqrt(mean_squared_error(y_test, y_pred)),
    "mae": mean_absolute_error(y_test, y_pred),
    "r2": r2_score(y_test, y_pred),
}
