# /// example
# task = """
# Approximate the gradient of f(x, y) = x**2 y + sin(y) at the point `point` by forward \
# differences with `approx_fprime` (step 1e-8) and store it, rounded to 4 decimals, in \
# `gradient`.
#
# ```text
# point = [1.0, 2.0]
# ```
#
# Wanted:
#
# ```text
# gradient = [4.0, 0.5839]
# ```"""
# prompt = """
# Before I hand-code derivatives I want a numerical check: the gradient of \
# f(x, y) = x^2 y + sin(y) at `point`
#
# ```text
# point = [1.0, 2.0]
# ```
#
# by forward differences (step 1e-8) with scipy, rounded to 4 decimals, in `gradient`. By hand \
# (2 x y, x^2 + cos y) I get
#
# ```text
# gradient = [4.0, 0.5839]
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(gradient, [4.0, 0.5839], atol=5e-5)',
#     'np.allclose(point, [1.0, 2.0])',
# ]
# difficulty = 'basic'
# tags = ['derivatives']
# ///
import numpy as np
from scipy import optimize

point = np.array([1.0, 2.0])


def f(v):
    x, y = v
    return x**2 * y + np.sin(y)


# forward differences (f(p + h e_i) - f(p)) / h with h = 1e-8
gradient = np.round(optimize.approx_fprime(point, f, 1e-8), 4)
