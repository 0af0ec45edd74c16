# /// example
# task = """
# This code should fit a Gaussian peak height exp(-(x - center)**2 / (2 width**2)) to the data \
# (`x`, `y`) by minimising the sum of squared residuals and store the three fitted values \
# (height, center, width) in `best`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def sum_of_squares(params, x, y):
#     height, center, width = params
#     return np.sum((height * np.exp(-((x - center) ** 2) / (2 * width**2)) - y) ** 2)
#
#
# start = [y.max(), x[np.argmax(y)], np.ptp(x) / 10]
# res = optimize.minimize(sum_of_squares, start)
# best = res.x
# ```
#
# ```text
# TypeError: sum_of_squares() missing 2 required positional arguments: 'x' and 'y'
# ```
#
# Fix it. The true parameters are `params`."""
# prompt = """
# I'm fitting a Gaussian peak height exp(-(x - center)**2 / (2 width**2)) to my data (`x`, `y`) \
# by minimising the squared error, and want the three fitted values (height, center, width) in `best` (the \
# true values are in `params`):
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def sum_of_squares(params, x, y):
#     height, center, width = params
#     return np.sum((height * np.exp(-((x - center) ** 2) / (2 * width**2)) - y) ** 2)
#
#
# start = [y.max(), x[np.argmax(y)], np.ptp(x) / 10]
# res = optimize.minimize(sum_of_squares, start)
# best = res.x
# ```
#
# minimize fails with
#
# ```text
# TypeError: sum_of_squares() missing 2 required positional arguments: 'x' and 'y'
# ```
#
# How do I pass my data to the objective?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'peak.x', y = 'peak.y', params = 'peak.params' }
# checks = [
#     'np.shape(best) == (3,)',
#     # a least-squares optimum fits at least as well as the true peak (up to the solver's tolerance)
#     'np.sum((best[0] * np.exp(-((x - best[1]) ** 2) / (2 * best[2] ** 2)) - y) ** 2) <= np.sum((params[0] * np.exp(-((x - params[1]) ** 2) / (2 * params[2] ** 2)) - y) ** 2) * (1 + 1e-4) + 1e-8 * np.sum(y**2)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'minimization', 'curve-fitting']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize


def sum_of_squares(params, x, y):
    height, center, width = params
    return np.sum((height * np.exp(-((x - center) ** 2) / (2 * width**2)) - y) ** 2)


start = [y.max(), x[np.argmax(y)], np.ptp(x) / 10]
# minimize passes only the parameters: the data go in args
res = optimize.minimize(sum_of_squares, start, args=(x, y))
best = res.x
