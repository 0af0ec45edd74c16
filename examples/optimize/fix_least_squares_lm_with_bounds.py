# /// example
# task = """
# This code should fit a Gaussian peak height * exp(-(x - center)^2 / (2 width^2)) to the data \
# (`x`, `y`) with `least_squares`, keeping the height non-negative, the center inside the data \
# range and the width between 1e-3 and the range, and store (height, center, width) in \
# `fitted`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy.optimize import least_squares
#
#
# def residuals(q):
#     height, center, width = q
#     return height * np.exp(-((x - center) ** 2) / (2 * width**2)) - y
#
#
# lower = [0.0, x.min(), 1e-3]
# upper = [np.inf, x.max(), np.ptp(x)]
# start = [y.max(), x[np.argmax(y)], 1.0]
# fit = least_squares(residuals, start, method="lm", bounds=(lower, upper))
# fitted = fit.x
# ```
#
# ```text
# ValueError: Method 'lm' doesn't support bounds.
# ```
#
# Fix it, keeping the bounds. The true parameters are `params`."""
# prompt = """
# I fit a Gaussian peak height * exp(-(x - center)^2 / (2 width^2)) to (`x`, `y`) with \
# least_squares and bounds (height >= 0, center within the data, width between 1e-3 and the \
# range), result in `fitted` (true values in `params`):
#
# ```python
# import numpy as np
# from scipy.optimize import least_squares
#
#
# def residuals(q):
#     height, center, width = q
#     return height * np.exp(-((x - center) ** 2) / (2 * width**2)) - y
#
#
# lower = [0.0, x.min(), 1e-3]
# upper = [np.inf, x.max(), np.ptp(x)]
# start = [y.max(), x[np.argmax(y)], 1.0]
# fit = least_squares(residuals, start, method="lm", bounds=(lower, upper))
# fitted = fit.x
# ```
#
# ```text
# ValueError: Method 'lm' doesn't support bounds.
# ```
#
# I picked Levenberg-Marquardt because it's the classic curve-fitting method. What should I use?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'peak.x', y = 'peak.y', params = 'peak.params' }
# checks = [
#     'np.shape(fitted) == (3,)',
#     'fitted[0] >= 0 and x.min() <= fitted[1] <= x.max() and 1e-3 <= fitted[2] <= np.ptp(x)',
#     # a least-squares optimum fits at least as well as the true peak (up to solver tolerance)
#     'np.sum((fitted[0] * np.exp(-((x - fitted[1]) ** 2) / (2 * fitted[2] ** 2)) - y) ** 2) <= np.sum((params[0] * np.exp(-((x - params[1]) ** 2) / (2 * params[2] ** 2)) - y) ** 2) * (1 + 1e-4) + 1e-9 * np.sum(y**2)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'least-squares', 'curve-fitting', 'constrained-optimization']
# edge_cases = true
# ///
import numpy as np
from scipy.optimize import least_squares


def residuals(q):
    height, center, width = q
    return height * np.exp(-((x - center) ** 2) / (2 * width**2)) - y


lower = [0.0, x.min(), 1e-3]
upper = [np.inf, x.max(), np.ptp(x)]
start = [y.max(), x[np.argmax(y)], 1.0]
# MINPACK's Levenberg-Marquardt is unconstrained; the trust-region reflective method
# (the default) is the one that handles bounds
fit = least_squares(residuals, start, method="trf", bounds=(lower, upper))
fitted = fit.x
