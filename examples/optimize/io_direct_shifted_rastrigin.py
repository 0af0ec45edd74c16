# /// example
# task = """
# The shifted Rastrigin function below has dozens of local minima on the box [-5.12, 5.12]^2. \
# Find its global minimum with a SciPy global optimiser over that box and store the minimiser in \
# `x_best` (a length-2 array) and the minimum value in `f_best`; rounded to 4 decimals they \
# print as shown.
#
# ```text
# f(x, y) = 20 + (x - 1)^2 - 10 cos(2 pi (x - 1)) + (y + 2)^2 - 10 cos(2 pi (y + 2))
# ```
#
# Wanted:
#
# ```text
# x_best = [1.0, -2.0], f_best = 0.0
# ```"""
# prompt = """
# A local minimiser keeps getting stuck on this bumpy test function; I want its global minimum \
# on the box [-5.12, 5.12]^2:
#
# ```text
# f(x, y) = 20 + (x - 1)^2 - 10 cos(2 pi (x - 1)) + (y + 2)^2 - 10 cos(2 pi (y + 2))
# ```
#
# Which scipy global optimiser gets me `x_best` and `f_best`? They should be
#
# ```text
# x_best = [1.0, -2.0], f_best = 0.0
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(x_best, [1.0, -2.0], atol=5e-5)',
#     'np.isclose(f_best, 0.0, atol=5e-5)',
# ]
# difficulty = 'intermediate'
# tags = ['global-optimization', 'minimization']
# ///
import numpy as np
from scipy import optimize

SHIFT = np.array([1.0, -2.0])


def rastrigin(p):
    z = np.asarray(p) - SHIFT
    return 20 + np.sum(z**2 - 10 * np.cos(2 * np.pi * z))


box = [(-5.12, 5.12), (-5.12, 5.12)]
# DIRECT divides the box into ever smaller rectangles: it locates the right basin cheaply
coarse = optimize.direct(rastrigin, box)
# then a bounded local solver polishes the point to full precision
polished = optimize.minimize(rastrigin, coarse.x, method="L-BFGS-B", bounds=box)
x_best = polished.x
f_best = polished.fun
