# /// example
# task = """
# A damped oscillation y(t) = exp(-t) sin(2 t) is observed for 0 <= t <= 6 s. This code should \
# find the time of its deepest trough within that window, storing it in `t_min` and the value in \
# `y_min`, but it returns t = 5.27, a shallow trough, instead of the deepest one near t = 2.12:
#
# ```python
# import numpy as np
# from scipy.optimize import minimize_scalar
#
#
# def signal(t):
#     return np.exp(-t) * np.sin(2 * t)
#
#
# res = minimize_scalar(signal, bracket=(0, 6))
# t_min, y_min = res.x, res.fun
# ```
#
# Fix it so that the search is confined to 0 <= t <= 6 and finds the deepest trough there."""
# prompt = """
# I'm looking for the deepest trough of y(t) = exp(-t) sin(2 t) between t = 0 and t = 6 s \
# (time in `t_min`, value in `y_min`):
#
# ```python
# import numpy as np
# from scipy.optimize import minimize_scalar
#
#
# def signal(t):
#     return np.exp(-t) * np.sin(2 * t)
#
#
# res = minimize_scalar(signal, bracket=(0, 6))
# t_min, y_min = res.x, res.fun
# ```
#
# It gives t = 5.27, but plotting shows the deepest trough near 2.12. Isn't bracket the search \
# interval?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     '0 <= t_min <= 6',
#     # troughs where tan(2 t) = 2; the first one is the deepest
#     'np.isclose(t_min, (np.arctan(2) + np.pi) / 2, atol=1e-4)',
#     'np.isclose(y_min, np.exp(-t_min) * np.sin(2 * t_min))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'minimization', 'constrained-optimization']
# ///
import numpy as np
from scipy.optimize import minimize_scalar


def signal(t):
    return np.exp(-t) * np.sin(2 * t)


# bracket only seeds the downhill search and does not confine it; bounds restricts the search
# to the window (method 'bounded', chosen automatically when bounds are given)
res = minimize_scalar(signal, bounds=(0, 6), method="bounded", options={"xatol": 1e-8})
t_min, y_min = res.x, res.fun
