# /// example
# task = '''
# Write a function `fit_decay` with the signature and docstring below. Apply it to the
# measurements `x`, `y` and store the tuple in `params`, and store in `few_error`
# the message raised for three points.
#
# ```python
# def fit_decay(x, y):
#     """Fit y = amplitude * exp(-rate * x) + offset by least squares.
#
#     Pairs where x or y is NaN are dropped first. Returns the tuple
#     (amplitude, rate, offset) of floats. Raises
#     ValueError("need at least 4 points") when fewer than 4 pairs remain.
#     """
# ```'''
# prompt = """
# I fit exponential decays y = A exp(-k x) + c over and over, so please write \
# `fit_decay(x, y)` returning `(amplitude, rate, offset)` as floats, dropping NaN pairs and \
# raising `ValueError("need at least 4 points")` if fewer than 4 points are left. Fit my data \
# `x`, `y` into `params`, and keep the error message for a three-point input in `few_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'decay.x', y = 'decay.y' }
# checks = [
#     'np.allclose(fit_decay(np.linspace(0, 5, 20), 3 * np.exp(-0.7 * np.linspace(0, 5, 20)) + 2), (3, 0.7, 2), rtol=1e-4)',
#     'np.allclose(fit_decay(np.linspace(0, 10, 30), 10 * np.exp(-0.25 * np.linspace(0, 10, 30)) - 1), (10, 0.25, -1), rtol=1e-4, atol=1e-6)',
#     'np.allclose(fit_decay([0.0, 1.0, np.nan, 2.0, 3.0, 4.0], [5.0, 5 * np.exp(-1.0), 1.0, 5 * np.exp(-2.0), 5 * np.exp(-3.0), 5 * np.exp(-4.0)]), (5, 1.0, 0), rtol=1e-4, atol=1e-6)',
#     'few_error == "need at least 4 points"',
#     'len(params) == 3',
#     # the fit is a least-squares optimum: nudging any parameter does not lower the squared error
#     'all(np.sum((params[0] * np.exp(-params[1] * np.asarray(x)) + params[2] - np.asarray(y)) ** 2) <= np.sum(((params[0] + da) * np.exp(-(params[1] + dk) * np.asarray(x)) + params[2] + dc - np.asarray(y)) ** 2) + 1e-9 for da, dk, dc in [(0.01, 0, 0), (-0.01, 0, 0), (0, 0.001, 0), (0, -0.001, 0), (0, 0, 0.01), (0, 0, -0.01)])',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'regression', 'minimization', 'validation']
# edge_cases = { min_size = 4, why = "a three-parameter fit needs at least four points" }
# ///
import numpy as np
from scipy import optimize


def fit_decay(x, y):
    """Fit y = amplitude * exp(-rate * x) + offset by least squares.

    Pairs where x or y is NaN are dropped first. Returns the tuple
    (amplitude, rate, offset) of floats. Raises
    ValueError("need at least 4 points") when fewer than 4 pairs remain.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    keep = ~(np.isnan(x) | np.isnan(y))
    x, y = x[keep], y[keep]
    if len(x) < 4:
        raise ValueError("need at least 4 points")

    def model(x, amplitude, rate, offset):
        return amplitude * np.exp(-rate * x) + offset

    # start from the data's own span: the last value as offset, the drop as amplitude
    p0 = (y[np.argmin(x)] - y[np.argmax(x)], 1.0 / np.ptp(x), y[np.argmax(x)])
    popt, _ = optimize.curve_fit(model, x, y, p0=p0, maxfev=10000)
    return tuple(float(value) for value in popt)


params = fit_decay(x, y)

try:
    fit_decay([0.0, 1.0, 2.0], [3.0, 2.0, 1.5])
except ValueError as error:
    few_error = str(error)
