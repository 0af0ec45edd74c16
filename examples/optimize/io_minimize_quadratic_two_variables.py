# /// example
# task = """
# Minimise the function of two variables below numerically with SciPy, starting from (0, 0), and \
# store the minimiser in `x_min` (a length-2 array) and the minimum value in `f_min`; rounded to \
# 4 decimals they print as shown.
#
# ```text
# f(x, y) = (x - 3)^2 + 2 (y + 1)^2 + x y
# ```
#
# Wanted:
#
# ```text
# x_min = [4.0, -2.0], f_min = -5.0
# ```"""
# prompt = """
# How do I find the minimum of this function with SciPy, starting the search at (0, 0)? I want \
# the location `x_min` and the value `f_min`:
#
# ```text
# f(x, y) = (x - 3)^2 + 2 (y + 1)^2 + x y
# ```
#
# Setting the gradient to zero by hand I got
#
# ```text
# x_min = [4.0, -2.0], f_min = -5.0
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(x_min, [4.0, -2.0], atol=5e-5)',
#     'np.isclose(f_min, -5.0, atol=5e-5)',
#     # the gradient (2 (x - 3) + y, 4 (y + 1) + x) vanishes at the minimiser
#     'np.allclose([2 * (x_min[0] - 3) + x_min[1], 4 * (x_min[1] + 1) + x_min[0]], 0, atol=1e-4)',
# ]
# difficulty = 'basic'
# tags = ['minimization']
# ///
import numpy as np
from scipy import optimize


def objective(v):
    x, y = v
    return (x - 3) ** 2 + 2 * (y + 1) ** 2 + x * y


# without bounds or constraints minimize uses BFGS with finite-difference gradients
result = optimize.minimize(objective, x0=np.array([0.0, 0.0]))
x_min = result.x
f_min = result.fun
