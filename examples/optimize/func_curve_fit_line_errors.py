# /// example
# task = '''
# Write a function `fit_line` with the signature and docstring below. Fit the measurements `x`, `y`
# with it and store the result in `line_fit`, and store in `few_error` the message raised for two
# points.
#
# ```python
# def fit_line(x, y):
#     """Least-squares straight line y = slope * x + intercept.
#
#     Returns the tuple (params, errors) of float arrays: params is
#     [slope, intercept] and errors their standard errors, the square roots
#     of the diagonal of the parameter covariance scaled by the residual
#     variance (n - 2 degrees of freedom). Raises
#     ValueError("need at least 3 points") for fewer than 3 points.
#     """
# ```'''
# prompt = """
# I report calibration lines with uncertainties, so I want `fit_line(x, y)` returning \
# `(params, errors)`: `params = [slope, intercept]` from a least-squares fit and `errors` their \
# standard errors (square roots of the covariance diagonal, scaled by the residual variance with \
# n - 2 degrees of freedom), both float arrays, and `ValueError("need at least 3 points")` for \
# fewer than 3 points. Fit my measurements `x`, `y` into `line_fit`, and keep the error message for \
# a two-point input in `few_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     # points exactly on a line: the fit is exact and the errors vanish
#     'np.allclose(fit_line([0.0, 1.0, 2.0, 3.0], [1.0, 3.0, 5.0, 7.0])[0], [2.0, 1.0]) and np.allclose(fit_line([0.0, 1.0, 2.0, 3.0], [1.0, 3.0, 5.0, 7.0])[1], 0.0, atol=1e-6)',
#     'np.allclose(fit_line([0.0, 1.0, 2.0, 3.0, 4.0], [0.1, 0.9, 2.2, 2.8, 4.1])[0], [scipy.stats.linregress([0.0, 1.0, 2.0, 3.0, 4.0], [0.1, 0.9, 2.2, 2.8, 4.1]).slope, scipy.stats.linregress([0.0, 1.0, 2.0, 3.0, 4.0], [0.1, 0.9, 2.2, 2.8, 4.1]).intercept])',
#     'np.allclose(fit_line([0.0, 1.0, 2.0, 3.0, 4.0], [0.1, 0.9, 2.2, 2.8, 4.1])[1], [scipy.stats.linregress([0.0, 1.0, 2.0, 3.0, 4.0], [0.1, 0.9, 2.2, 2.8, 4.1]).stderr, scipy.stats.linregress([0.0, 1.0, 2.0, 3.0, 4.0], [0.1, 0.9, 2.2, 2.8, 4.1]).intercept_stderr])',
#     # three points: one residual degree of freedom
#     'np.allclose(fit_line([1.0, 2.0, 4.0], [2.0, 1.0, 0.0])[1], [scipy.stats.linregress([1.0, 2.0, 4.0], [2.0, 1.0, 0.0]).stderr, scipy.stats.linregress([1.0, 2.0, 4.0], [2.0, 1.0, 0.0]).intercept_stderr])',
#     'few_error == "need at least 3 points"',
#     'np.allclose(line_fit[0], [scipy.stats.linregress(x, y).slope, scipy.stats.linregress(x, y).intercept])',
#     'np.allclose(line_fit[1], [scipy.stats.linregress(x, y).stderr, scipy.stats.linregress(x, y).intercept_stderr], rtol=1e-4, atol=1e-9)',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'curve-fitting', 'parameter-uncertainty', 'validation']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize


def fit_line(x, y):
    """Least-squares straight line y = slope * x + intercept.

    Returns the tuple (params, errors) of float arrays: params is
    [slope, intercept] and errors their standard errors, the square roots
    of the diagonal of the parameter covariance scaled by the residual
    variance (n - 2 degrees of freedom). Raises
    ValueError("need at least 3 points") for fewer than 3 points.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if len(x) < 3:
        raise ValueError("need at least 3 points")
    # curve_fit scales pcov by the residual variance unless absolute_sigma=True
    params, covariance = optimize.curve_fit(lambda x, slope, intercept: slope * x + intercept, x, y)
    return params, np.sqrt(np.diag(covariance))


line_fit = fit_line(x, y)

try:
    fit_line([0.0, 1.0], [2.0, 3.0])
except ValueError as error:
    few_error = str(error)
