# /// example
# task = '''
# Write a function `quantile_band` with the signature and docstring below. Apply it to the features
# `X` and target `y`, predicting on `X` itself, and store the two arrays in `band_low` and
# `band_high`; store in `order_error` the message raised when `lower=0.9` and `upper=0.1`, and in
# `range_error` the one raised when `upper=1.0`.
#
# ```python
# def quantile_band(X_train, y_train, X_new, lower=0.1, upper=0.9):
#     """Prediction band from two linear quantile regressions.
#
#     Fits unpenalised (alpha=0) linear models with an intercept for the
#     `lower` and `upper` conditional quantiles of y_train, solved exactly as
#     linear programs with the HiGHS solver, and returns the tuple
#     (low, high) of their predictions for X_new. Raises
#     ValueError("need 0 < lower < upper < 1") otherwise.
#     """
# ```'''
# prompt = """
# Instead of a single prediction I want a band: `quantile_band(X_train, y_train, X_new, lower=0.1, \
# upper=0.9)` should fit two linear quantile regressions with an intercept and no penalty (solved \
# exactly with HiGHS) and return `(low, high)` predictions for `X_new`, raising \
# `ValueError("need 0 < lower < upper < 1")` for bad quantiles. Run it on my `X`, `y`, predicting on \
# `X` itself, into `band_low` and `band_high`, and keep the error message for `lower=0.9`, \
# `upper=0.1` in `order_error` and for `upper=1.0` in `range_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     # points exactly on a line: every quantile line is that line
#     'np.allclose(quantile_band(np.arange(10.0).reshape(-1, 1), 2 * np.arange(10.0) - 1, [[2.5], [20.0]]), [[4.0, 39.0], [4.0, 39.0]])',
#     # a quantile fit leaves at most a fraction q of the points strictly below it and at least q on or below it
#     '(lambda y, low, high: np.mean(y < low - 1e-9) <= 0.25 <= np.mean(y <= low + 1e-9) and np.mean(y < high - 1e-9) <= 0.75 <= np.mean(y <= high + 1e-9))(np.sin(np.arange(40.0)) * 5 + np.arange(40.0) / 4, *quantile_band(np.arange(40.0).reshape(-1, 1), np.sin(np.arange(40.0)) * 5 + np.arange(40.0) / 4, np.arange(40.0).reshape(-1, 1), lower=0.25, upper=0.75))',
#     'np.allclose(quantile_band(np.zeros((7, 1)), [5.0, 1.0, 3.0, 2.0, 4.0, 7.0, 6.0], [[0.0]], lower=0.5, upper=0.9), [[4.0], [7.0]])',
#     'order_error == "need 0 < lower < upper < 1" and range_error == order_error',
#     'band_low.shape == band_high.shape == (len(X),)',
#     '(lambda tol: np.mean(y < band_low - tol) <= 0.1 <= np.mean(y <= band_low + tol))(1e-8 * np.abs(y).max())',
#     '(lambda tol: np.mean(y < band_high - tol) <= 0.9 <= np.mean(y <= band_high + tol))(1e-8 * np.abs(y).max())',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'regression', 'linear-model', 'validation']
# edge_cases = true
# ///
from sklearn.linear_model import QuantileRegressor


def quantile_band(X_train, y_train, X_new, lower=0.1, upper=0.9):
    """Prediction band from two linear quantile regressions.

    Fits unpenalised (alpha=0) linear models with an intercept for the
    `lower` and `upper` conditional quantiles of y_train, solved exactly as
    linear programs with the HiGHS solver, and returns the tuple
    (low, high) of their predictions for X_new. Raises
    ValueError("need 0 < lower < upper < 1") otherwise.
    """
    if not 0 < lower < upper < 1:
        raise ValueError("need 0 < lower < upper < 1")
    predictions = []
    for quantile in (lower, upper):
        # alpha defaults to 1.0 (an L1 penalty); 0 gives the plain quantile fit
        model = QuantileRegressor(quantile=quantile, alpha=0.0, solver="highs")
        predictions.append(model.fit(X_train, y_train).predict(X_new))
    return predictions[0], predictions[1]


band_low, band_high = quantile_band(X, y, X)

try:
    quantile_band(X, y, X, lower=0.9, upper=0.1)
except ValueError as error:
    order_error = str(error)

try:
    quantile_band(X, y, X, upper=1.0)
except ValueError as error:
    range_error = str(error)
