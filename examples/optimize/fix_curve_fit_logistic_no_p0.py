# /// example
# task = """
# This code should fit the logistic growth model top / (1 + exp(-rate (t - mid))) to the growth \
# data (`x`, `y`) and store the three fitted values (top, rate, mid) in `popt` (the true values are \
# `params`), but it warns that the covariance of the parameters could not be estimated and \
# returns a negative rate and a midpoint far outside the data:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def logistic(t, top, rate, mid):
#     return top / (1 + np.exp(-rate * (t - mid)))
#
#
# popt, pcov = optimize.curve_fit(logistic, x, y)
# ```
#
# Fix it."""
# prompt = """
# I'm fitting a logistic growth curve top / (1 + exp(-rate (t - mid))) to my data (`x`, `y`) and \
# want the three fitted values (top, rate, mid) in `popt`; the true parameters are in `params`:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def logistic(t, top, rate, mid):
#     return top / (1 + np.exp(-rate * (t - mid)))
#
#
# popt, pcov = optimize.curve_fit(logistic, x, y)
# ```
#
# It prints an OptimizeWarning that the covariance could not be estimated, and the fit is \
# nonsense: a negative rate and a midpoint way past the data. How do I get a proper fit?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'growth.x', y = 'growth.y', params = 'growth.params' }
# checks = [
#     'popt.shape == (3,)',
#     # a least-squares optimum fits at least as well as the true curve (up to the solver's tolerance)
#     'np.sum((popt[0] / (1 + np.exp(-popt[1] * (x - popt[2]))) - y) ** 2) <= np.sum((params[0] / (1 + np.exp(-params[1] * (x - params[2]))) - y) ** 2) * (1 + 1e-6) + 1e-9 * np.sum(y**2)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'curve-fitting', 'convergence']
# [edge_cases]
# min_size = 13
# why = 'a logistic fit needs samples on the rise: 13 or more over the range keep the spacing within 2 / rate for the steepest curve the kind draws (rate 2.4)'
# ///
import numpy as np
from scipy import optimize


def logistic(t, top, rate, mid):
    return top / (1 + np.exp(-rate * (t - mid)))


# the default start (1, 1, 1) is far from the data: start from the plateau, a unit rate and the
# time the curve crosses half its plateau
p0 = [y.max(), 1.0, x[np.argmin(np.abs(y - y.max() / 2))]]
popt, pcov = optimize.curve_fit(logistic, x, y, p0=p0)
