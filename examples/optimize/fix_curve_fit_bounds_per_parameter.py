# /// example
# task = """
# This code should fit y = a exp(-k x) + c to (`x`, `y`) from the start (1, 1, 0), with a in \
# [0, 20], k in [0, 5] and c in [-5, 5], storing the fitted (a, k, c) in `popt`, but it raises \
# an error:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def model(x, a, k, c):
#     return a * np.exp(-k * x) + c
#
#
# popt, pcov = optimize.curve_fit(model, x, y, p0=[1, 1, 0], bounds=[(0, 20), (0, 5), (-5, 5)])
# ```
#
# ```text
# ValueError: too many values to unpack (expected 2)
# ```
#
# Fix it."""
# prompt = """
# I fit an exponential decay y = a exp(-k x) + c to my data `x`, `y` starting from (1, 1, 0), and \
# want a between 0 and 20, k between 0 and 5 and c between -5 and 5. The fitted values go in \
# `popt`:
#
# ```python
# import numpy as np
# from scipy import optimize
#
#
# def model(x, a, k, c):
#     return a * np.exp(-k * x) + c
#
#
# popt, pcov = optimize.curve_fit(model, x, y, p0=[1, 1, 0], bounds=[(0, 20), (0, 5), (-5, 5)])
# ```
#
# but curve_fit says
#
# ```text
# ValueError: too many values to unpack (expected 2)
# ```
#
# How should the bounds be written?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'decay.x', y = 'decay.y' }
# checks = [
#     'np.all(np.asarray(popt) >= [0, 0, -5]) and np.all(np.asarray(popt) <= [20, 5, 5])',
#     # as good a least-squares fit as the bounded reference fit, whichever solver found it
#     'np.sum((popt[0] * np.exp(-popt[1] * x) + popt[2] - y) ** 2) <= np.sum((lambda p: p[0] * np.exp(-p[1] * x) + p[2] - y)(scipy.optimize.curve_fit(lambda x, a, k, c: a * np.exp(-k * x) + c, x, y, p0=[1, 1, 0], bounds=([0, 0, -5], [20, 5, 5]))[0]) ** 2) * (1 + 1e-6) + 1e-12 * np.sum(y**2)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'curve-fitting', 'constrained-optimization']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize


def model(x, a, k, c):
    return a * np.exp(-k * x) + c


# bounds are (all lower bounds, all upper bounds), not one (low, high) pair per parameter
popt, pcov = optimize.curve_fit(model, x, y, p0=[1, 1, 0], bounds=([0, 0, -5], [20, 5, 5]))
