# /// example
# task = '''
# Write a function `fit_gaussian_peak` with the signature and docstring below. Fit the peak `y`
# measured at positions `x` with it and store the result in `peak_fit`.
#
# ```python
# def fit_gaussian_peak(x, y):
#     """Fit y = amplitude * exp(-(x - center)**2 / (2 * sigma**2)).
#
#     Starts from the data: amplitude = max(y), center = the x of max(y) and
#     sigma = (max(x) - min(x)) / 10, with amplitude and sigma kept positive.
#     Returns the tuple (params, errors) of float arrays: params is
#     [amplitude, center, sigma] and errors their standard errors (square
#     roots of the covariance diagonal scaled by the residual variance).
#     """
# ```'''
# prompt = """
# I fit single Gaussian peaks all day. Write `fit_gaussian_peak(x, y)` for the model amplitude * \
# exp(-(x - center)^2 / (2 sigma^2)), starting from amplitude = max(y), center = the x at the \
# maximum and sigma = a tenth of the x range, keeping amplitude and sigma positive, and returning \
# `(params, errors)`: the fitted `[amplitude, center, sigma]` and their standard errors (sqrt of \
# the covariance diagonal, scaled by the residual variance), as float arrays. Fit my peak `y` at \
# positions `x` into `peak_fit`; the simulation's true parameters are in `true_params` if you want \
# to compare."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'peak.x', y = 'peak.y', true_params = 'peak.params' }
# checks = [
#     'np.allclose(fit_gaussian_peak(np.linspace(0, 10, 41), 3 * np.exp(-((np.linspace(0, 10, 41) - 4.0) ** 2) / (2 * 1.2**2)))[0], [3.0, 4.0, 1.2], rtol=1e-6)',
#     'np.allclose(fit_gaussian_peak(np.linspace(-5, 5, 30), 0.2 * np.exp(-((np.linspace(-5, 5, 30) + 1.5) ** 2) / (2 * 0.8**2)))[0], [0.2, -1.5, 0.8], rtol=1e-6)',
#     # exact data: nothing is left to be uncertain about
#     'np.allclose(fit_gaussian_peak(np.linspace(0, 10, 41), 3 * np.exp(-((np.linspace(0, 10, 41) - 4.0) ** 2) / (2 * 1.2**2)))[1], 0.0, atol=1e-6)',
#     'np.allclose(np.vstack(fit_gaussian_peak(np.arange(12.0), [0.1, 0.0, 0.3, 1.1, 2.9, 4.2, 3.8, 2.1, 0.7, 0.2, -0.1, 0.1])), np.vstack([scipy.optimize.curve_fit(lambda x, a, c, s: a * np.exp(-((x - c) ** 2) / (2 * s**2)), np.arange(12.0), [0.1, 0.0, 0.3, 1.1, 2.9, 4.2, 3.8, 2.1, 0.7, 0.2, -0.1, 0.1], p0=[4.0, 5.5, 1.5])[0], np.sqrt(np.diag(scipy.optimize.curve_fit(lambda x, a, c, s: a * np.exp(-((x - c) ** 2) / (2 * s**2)), np.arange(12.0), [0.1, 0.0, 0.3, 1.1, 2.9, 4.2, 3.8, 2.1, 0.7, 0.2, -0.1, 0.1], p0=[4.0, 5.5, 1.5])[1]))]), rtol=1e-4)',
#     'len(peak_fit) == 2 and np.shape(peak_fit[0]) == np.shape(peak_fit[1]) == np.shape(true_params)',
#     'peak_fit[0][2] > 0',
#     # a least-squares optimum fits at least as well as the true curve
#     'np.sum((peak_fit[0][0] * np.exp(-((x - peak_fit[0][1]) ** 2) / (2 * peak_fit[0][2] ** 2)) - y) ** 2) <= np.sum((true_params[0] * np.exp(-((x - true_params[1]) ** 2) / (2 * true_params[2] ** 2)) - y) ** 2) * (1 + 1e-6) + 1e-12',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'curve-fitting', 'parameter-uncertainty', 'least-squares']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize


def gaussian(x, amplitude, center, sigma):
    return amplitude * np.exp(-((x - center) ** 2) / (2 * sigma**2))


def fit_gaussian_peak(x, y):
    """Fit y = amplitude * exp(-(x - center)**2 / (2 * sigma**2)).

    Starts from the data: amplitude = max(y), center = the x of max(y) and
    sigma = (max(x) - min(x)) / 10, with amplitude and sigma kept positive.
    Returns the tuple (params, errors) of float arrays: params is
    [amplitude, center, sigma] and errors their standard errors (square
    roots of the covariance diagonal scaled by the residual variance).
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    p0 = [y.max(), x[np.argmax(y)], np.ptp(x) / 10]
    # bounds keep amplitude and sigma positive (and switch curve_fit to the "trf" method)
    bounds = ([0.0, -np.inf, 1e-12], [np.inf, np.inf, np.inf])
    params, covariance = optimize.curve_fit(gaussian, x, y, p0=p0, bounds=bounds)
    return params, np.sqrt(np.diag(covariance))


peak_fit = fit_gaussian_peak(x, y)
