# /// example
# task = '''
# Write a function `error_summary` with the signature and docstring below. Fit a
# `LinearRegression` of `y` on `X` and store `error_summary(y, fitted)` for its in-sample
# predictions in `summary`.
#
# ```python
# def error_summary(y_true, y_pred):
#     """Regression error metrics as a dict with the keys
#     "mae" (mean absolute error), "rmse" (root mean squared error),
#     "median_ae" (median absolute error), "max_error" (largest absolute
#     error) and "r2" (coefficient of determination), all plain floats.
#     """
# ```'''
# prompt = '''
# I keep computing the same regression metrics by hand. Write `error_summary(y_true, y_pred)` that
# returns a dict with "mae", "rmse", "median_ae", "max_error" and "r2" as floats (scikit-learn's
# metrics are fine). Then fit a plain `LinearRegression` to `X`, `y` and put the summary of its
# fitted values in `summary`.'''
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     # errors 0, 1, -2, 4: mean |e| 1.75, median |e| 1.5
#     '(lambda s: np.allclose([s["mae"], s["rmse"], s["median_ae"], s["max_error"]], [1.75, np.sqrt(21 / 4), 1.5, 4.0]) and np.isclose(s["r2"], 1 - 21 / np.sum((np.array([1.0, 2, 3, 10]) - 4) ** 2)))(error_summary([1.0, 2.0, 3.0, 10.0], [1.0, 1.0, 5.0, 6.0]))',
#     '(lambda s: np.allclose([s["mae"], s["rmse"], s["median_ae"], s["max_error"], s["r2"]], [0, 0, 0, 0, 1]))(error_summary([3.0, 5.0, 8.0], [3.0, 5.0, 8.0]))',
#     '(lambda s: np.allclose([s["mae"], s["rmse"], s["median_ae"], s["max_error"]], [2.0, 2.0, 2.0, 2.0]) and np.isclose(s["r2"], 1 - 8 / 2))(error_summary([1.0, 3.0], [3.0, 1.0]))',
#     '(lambda e: np.allclose([summary["mae"], summary["rmse"], summary["median_ae"], summary["max_error"]], [np.mean(np.abs(e)), np.sqrt(np.mean(e ** 2)), np.median(np.abs(e)), np.max(np.abs(e))], atol=1e-9 * (1 + np.abs(y).max())))(y - sklearn.linear_model.LinearRegression().fit(X, y).predict(X))',
#     'all(isinstance(v, float) for v in summary.values())',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'model-evaluation', 'regression', 'residuals']
# edge_cases = true
# ///
import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.metrics import (
    max_error,
    mean_absolute_error,
    mean_squared_error,
    median_absolute_error,
    r2_score,
)


def error_summary(y_true, y_pred):
    """Regression error metrics as a dict with the keys
    "mae" (mean absolute error), "rmse" (root mean squared error),
    "median_ae" (median absolute error), "max_error" (largest absolute
    error) and "r2" (coefficient of determination), all plain floats.
    """
    return {
        "mae": float(mean_absolute_error(y_true, y_pred)),
        # the root of the MSE works on every version (squared=False was removed)
        "rmse": float(np.sqrt(mean_squared_error(y_true, y_pred))),
        "median_ae": float(median_absolute_error(y_true, y_pred)),
        "max_error": float(max_error(y_true, y_pred)),
        "r2": float(r2_score(y_true, y_pred)),
    }


fitted = LinearRegression().fit(X, y).predict(X)
summary = error_summary(y, fitted)
