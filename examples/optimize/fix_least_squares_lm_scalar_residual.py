# /// example
# task = """
# This code should fit the logistic curve top / (1 + exp(-rate (x - mid))) to (`x`, `y`) with \
# Levenberg-Marquardt (`least_squares`, method "lm") from (8, 1, 4), storing (top, rate, mid) in \
# `params_fit`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def loss(p):
#     top, rate, mid = p
#     return np.sum((top / (1 + np.exp(-rate * (x - mid))) - y) ** 2)
#
#
# params_fit = optimize.least_squares(loss, [8, 1, 4], method="lm").x
# ```
#
# ```text
# ValueError: Method 'lm' doesn't work when the number of residuals is less than the number of variables.
# ```
#
# Fix it."""
# prompt = """
# I fit a logistic growth curve top / (1 + exp(-rate (x - mid))) to `x`, `y` with least_squares \
# and the "lm" method, starting at (8, 1, 4), result in `params_fit`:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def loss(p):
#     top, rate, mid = p
#     return np.sum((top / (1 + np.exp(-rate * (x - mid))) - y) ** 2)
#
#
# params_fit = optimize.least_squares(loss, [8, 1, 4], method="lm").x
# ```
#
# ```text
# ValueError: Method 'lm' doesn't work when the number of residuals is less than the number of variables.
# ```
#
# I have dozens of points, so what does it mean?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'growth.x', y = 'growth.y' }
# checks = [
#     'np.ndim(params_fit) == 1 and np.all(np.isfinite(params_fit))',
#     # as good a fit as the reference least-squares fit from the same start
#     'np.sum((params_fit[0] / (1 + np.exp(-params_fit[1] * (x - params_fit[2]))) - y) ** 2) <= 2 * scipy.optimize.least_squares(lambda p: p[0] / (1 + np.exp(-p[1] * (x - p[2]))) - y, [8, 1, 4], method="lm").cost * (1 + 1e-6) + 1e-12 * np.sum(y**2)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'least-squares', 'curve-fitting']
# [edge_cases]
# min_size = 3
# why = 'Levenberg-Marquardt needs at least as many residuals (points) as the 3 parameters'
# ///
import numpy as np
from scipy import optimize


# least_squares squares and sums the residuals itself: return one residual per point, not the sum
def residuals(p):
    top, rate, mid = p
    return top / (1 + np.exp(-rate * (x - mid))) - y


params_fit = optimize.least_squares(residuals, [8, 1, 4], method="lm").x
