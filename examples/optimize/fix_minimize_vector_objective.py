# /// example
# task = """
# This code should fit y = amplitude exp(-rate x) + offset to the decay data (`x`, `y`) by \
# minimising the sum of squared residuals and store the three fitted values (amplitude, rate, offset) in \
# `best`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def residuals(params):
#     amplitude, rate, offset = params
#     return amplitude * np.exp(-rate * x) + offset - y
#
#
# res = optimize.minimize(residuals, x0=[y[0] - y[-1], 0.5, y[-1]])
# best = res.x
# ```
#
# ```text
# ValueError: The user-provided objective function must return a scalar value.
# ```
#
# Fix it. The true parameters are `params`."""
# prompt = """
# I'm fitting an exponential decay y = amplitude exp(-rate x) + offset to (`x`, `y`) by least \
# squares, wanting the three fitted values (amplitude, rate, offset) in `best`; the true values are in \
# `params`:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def residuals(params):
#     amplitude, rate, offset = params
#     return amplitude * np.exp(-rate * x) + offset - y
#
#
# res = optimize.minimize(residuals, x0=[y[0] - y[-1], 0.5, y[-1]])
# best = res.x
# ```
#
# ```text
# ValueError: The user-provided objective function must return a scalar value.
# ```
#
# Why doesn't minimize accept my residuals?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'decay.x', y = 'decay.y', params = 'decay.params' }
# checks = [
#     'np.shape(best) == (3,)',
#     # a least-squares optimum fits at least as well as the true curve (up to the solver's tolerance)
#     'np.sum((best[0] * np.exp(-best[1] * x) + best[2] - y) ** 2) <= np.sum((params[0] * np.exp(-params[1] * x) + params[2] - y) ** 2) * (1 + 1e-4) + 1e-8 * np.sum(y**2)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'least-squares', 'curve-fitting']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize


def residuals(params):
    amplitude, rate, offset = params
    return amplitude * np.exp(-rate * x) + offset - y


# least_squares takes the residual vector; minimize needs one number such as their squared sum
res = optimize.least_squares(residuals, x0=[y[0] - y[-1], 0.5, y[-1]])
best = res.x
