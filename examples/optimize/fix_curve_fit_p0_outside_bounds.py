# /// example
# task = """
# This code should fit the logistic growth curve y = top / (1 + exp(-rate (x - mid))) to the data \
# (`x`, `y`), with the rate limited to [0, 4] and the midpoint kept inside the range of `x`, and \
# store the fitted (top, rate, mid) in `fitted`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy.optimize import curve_fit
#
#
# def logistic(x, top, rate, mid):
#     return top / (1 + np.exp(-rate * (x - mid)))
#
#
# lower = [0.0, 0.0, x.min()]
# upper = [np.inf, 4.0, x.max()]
# fitted, cov = curve_fit(logistic, x, y, p0=[y.max(), x.mean(), 1.0], bounds=(lower, upper))
# ```
#
# ```text
# ValueError: Initial guess is outside of provided bounds
# ```
#
# Fix it, keeping the bounds; the true parameters are in `params`."""
# prompt = """
# I'm fitting logistic growth y = top / (1 + exp(-rate (x - mid))) to (`x`, `y`), with the rate \
# kept between 0 and 4 and the midpoint inside my x range, and want (top, rate, mid) in `fitted` \
# (the true values are in `params`):
#
# ```python
# import numpy as np
# from scipy.optimize import curve_fit
#
#
# def logistic(x, top, rate, mid):
#     return top / (1 + np.exp(-rate * (x - mid)))
#
#
# lower = [0.0, 0.0, x.min()]
# upper = [np.inf, 4.0, x.max()]
# fitted, cov = curve_fit(logistic, x, y, p0=[y.max(), x.mean(), 1.0], bounds=(lower, upper))
# ```
#
# ```text
# ValueError: Initial guess is outside of provided bounds
# ```
#
# My guesses look sensible to me: the plateau, the middle of x, and a rate of 1. What's wrong?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'growth.x', y = 'growth.y', params = 'growth.params' }
# checks = [
#     'np.shape(fitted) == np.shape(params)',
#     'fitted[0] >= 0 and 0 <= fitted[1] <= 4 and x.min() <= fitted[2] <= x.max()',
#     # a least-squares optimum fits at least as well as the true curve (up to solver tolerance)
#     'np.sum((fitted[0] / (1 + np.exp(-fitted[1] * (x - fitted[2]))) - y) ** 2) <= np.sum((params[0] / (1 + np.exp(-params[1] * (x - params[2]))) - y) ** 2) * (1 + 1e-4) + 1e-9 * np.sum(y**2)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'curve-fitting', 'constrained-optimization']
# edge_cases = true
# ///
import numpy as np
from scipy.optimize import curve_fit


def logistic(x, top, rate, mid):
    return top / (1 + np.exp(-rate * (x - mid)))


lower = [0.0, 0.0, x.min()]
upper = [np.inf, 4.0, x.max()]
# p0 follows the model's parameter order (top, rate, mid): the midpoint guess x.mean() sat in
# the rate slot, above the rate's upper bound 4
fitted, cov = curve_fit(logistic, x, y, p0=[y.max(), 1.0, x.mean()], bounds=(lower, upper))
