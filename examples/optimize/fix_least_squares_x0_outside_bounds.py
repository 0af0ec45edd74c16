# /// example
# task = """
# This code should fit y = a exp(-k x) + c to (`x`, `y`) by bounded least squares, with a in \
# [0, 20], k in [0, 5] and c in [-5, 5], starting from a = 1, a decay rate of 0.4 and c = 0, and \
# store the fitted (a, k, c) in `params_fit`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def residuals(p):
#     return p[0] * np.exp(-p[1] * x) + p[2] - y
#
#
# fit = optimize.least_squares(residuals, x0=[1.0, -0.4, 0.0], bounds=([0, 0, -5], [20, 5, 5]))
# params_fit = fit.x
# ```
#
# ```text
# ValueError: Initial guess is outside of provided bounds
# ```
#
# Fix it."""
# prompt = """
# I'm fitting a decay y = a exp(-k x) + c to `x`, `y` with bounds a in [0, 20], k in [0, 5], \
# c in [-5, 5]. My starting guess is a = 1, decay rate 0.4, c = 0. The result should go in \
# `params_fit`:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def residuals(p):
#     return p[0] * np.exp(-p[1] * x) + p[2] - y
#
#
# fit = optimize.least_squares(residuals, x0=[1.0, -0.4, 0.0], bounds=([0, 0, -5], [20, 5, 5]))
# params_fit = fit.x
# ```
#
# ```text
# ValueError: Initial guess is outside of provided bounds
# ```"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'decay.x', y = 'decay.y' }
# checks = [
#     'np.all(np.asarray(params_fit) >= [0, 0, -5]) and np.all(np.asarray(params_fit) <= [20, 5, 5])',
#     # as good as the bounded fit from (1, 0.4, 0), whichever solver reaches it
#     'np.sum((params_fit[0] * np.exp(-params_fit[1] * x) + params_fit[2] - y) ** 2) <= 2 * scipy.optimize.least_squares(lambda p: p[0] * np.exp(-p[1] * x) + p[2] - y, [1.0, 0.4, 0.0], bounds=([0, 0, -5], [20, 5, 5])).cost * (1 + 1e-6) + 1e-12 * np.sum(y**2)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'least-squares', 'curve-fitting', 'constrained-optimization']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize


def residuals(p):
    return p[0] * np.exp(-p[1] * x) + p[2] - y


# the model already has the minus sign in exp(-k x), so the decay rate k = 0.4 is positive
fit = optimize.least_squares(residuals, x0=[1.0, 0.4, 0.0], bounds=([0, 0, -5], [20, 5, 5]))
params_fit = fit.x
