# /// example
# task = """
# Fit a Gaussian to the peak data (`x`, `y`) with `curve_fit`. A first attempt from the poor \
# guess (1, 0, 1) with a budget of `maxfev=5` function evaluations (one Levenberg-Marquardt step) \
# raises `RuntimeError`: catch it, store its message in `first_error`, and retry from a \
# data-driven guess with the default budget; store the fitted parameters in `popt`. The true (A, \
# mu, s) are `params`."""
# prompt = """
# I'm fitting a Gaussian peak to (`x`, `y`) with curve_fit (true (A, mu, s) in `params`). My \
# first attempt from the poor guess (1, 0, 1) with maxfev=5 raises a RuntimeError; catch it and \
# save its message in `first_error`, then retry from a starting guess based on the data (peak \
# height, position of the maximum, a fraction of the x range) with the default evaluation budget, \
# and store the fitted parameters in `popt`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'peak.x', y = 'peak.y', params = 'peak.params' }
# checks = [
#     'isinstance(first_error, str) and len(first_error) > 0',
#     'np.sum((popt[0] * np.exp(-(x - popt[1])**2 / (2 * popt[2]**2)) - y)**2) <= np.sum((params[0] * np.exp(-(x - params[1])**2 / (2 * params[2]**2)) - y)**2) * (1 + 1e-6) + 1e-12 * np.sum(y**2)',
# ]
# difficulty = 'intermediate'
# tags = ['curve-fitting', 'error-handling']
# [edge_cases]
# min_size = 17
# why = "fitting a Gaussian's centre and width needs samples across the peak: 17 or more over the range keep the spacing within the narrowest width the kind draws (range / 16)"
# ///
import numpy as np
from scipy import optimize


def gaussian(x, amplitude, centre, width):
    return amplitude * np.exp(-((x - centre) ** 2) / (2 * width**2))


first_error = None
try:
    # 5 evaluations: the start, a finite-difference Jacobian (3) and one trial step
    popt, pcov = optimize.curve_fit(gaussian, x, y, p0=[1.0, 0.0, 1.0], maxfev=5)
except RuntimeError as exc:  # "Optimal parameters not found: ... reached maxfev"
    first_error = str(exc)
    p0 = [y.max(), x[np.argmax(y)], np.ptp(x) / 10]
    popt, pcov = optimize.curve_fit(gaussian, x, y, p0=p0)
