# /// example
# task = """
# This code should fit the intercept and slope of a straight line to (`x`, `y`) by minimising \
# the sum of squared residuals with `minimize`, storing (intercept, slope) in `coefficients`, but \
# it raises an error:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def sse(params):
#     intercept, slope = params
#     return np.sum((y - intercept - slope * x) ** 2)
#
#
# result = optimize.minimize(sse, x0=0.0)
# coefficients = result.x
# ```
#
# ```text
# ValueError: not enough values to unpack (expected 2, got 1)
# ```
#
# Fix it."""
# prompt = """
# I'm fitting a line to `x`, `y` by minimising the squared error with `minimize`, and want \
# (intercept, slope) in `coefficients`:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def sse(params):
#     intercept, slope = params
#     return np.sum((y - intercept - slope * x) ** 2)
#
#
# result = optimize.minimize(sse, x0=0.0)
# coefficients = result.x
# ```
#
# ```text
# ValueError: not enough values to unpack (expected 2, got 1)
# ```"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     'np.shape(coefficients) == np.shape(np.polyfit(x, y, 1))',
#     # the least-squares line, to the optimiser's precision relative to the data scale
#     'np.sum((y - coefficients[0] - coefficients[1] * x) ** 2) <= np.sum((y - np.polyval(np.polyfit(x, y, 1), x)) ** 2) * (1 + 1e-6) + 1e-10 * np.sum(y**2)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'minimization', 'regression']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize


def sse(params):
    intercept, slope = params
    return np.sum((y - intercept - slope * x) ** 2)


# x0 sets the number of unknowns: one start value per parameter
result = optimize.minimize(sse, x0=[0.0, 0.0])
coefficients = result.x
