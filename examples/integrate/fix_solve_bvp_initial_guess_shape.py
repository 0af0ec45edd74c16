# /// example
# task = """
# The steady temperature of a cooled rod obeys T'' = 4 T on 0 <= x <= 1 with T(0) = 1 and \
# T(1) = 0. This code should solve it with `solve_bvp` on 11 starting mesh points and store the \
# solution object in `sol`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_bvp
#
#
# def rod(x, y):
#     return np.vstack([y[1], 4 * y[0]])
#
#
# def boundary(ya, yb):
#     return np.array([ya[0] - 1, yb[0]])
#
#
# x = np.linspace(0, 1, 11)
# sol = solve_bvp(rod, boundary, x, np.zeros(x.size))
# ```
#
# ```text
# ValueError: `y` must be 2 dimensional.
# ```
#
# Fix it."""
# prompt = """
# I'm solving T'' = 4 T on [0, 1] with T(0) = 1, T(1) = 0 (a cooled rod) with `solve_bvp`, \
# starting from 11 mesh points, result in `sol`:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_bvp
#
#
# def rod(x, y):
#     return np.vstack([y[1], 4 * y[0]])
#
#
# def boundary(ya, yb):
#     return np.array([ya[0] - 1, yb[0]])
#
#
# x = np.linspace(0, 1, 11)
# sol = solve_bvp(rod, boundary, x, np.zeros(x.size))
# ```
#
# and it says
#
# ```text
# ValueError: `y` must be 2 dimensional.
# ```
#
# What shape does the guess need?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.success',
#     # the exact solution sinh(2 (1 - x)) / sinh(2)
#     'np.allclose(sol.sol(np.linspace(0, 1, 21))[0], np.sinh(2 * (1 - np.linspace(0, 1, 21))) / np.sinh(2), atol=1e-4)',
#     'np.allclose(sol.sol(np.linspace(0, 1, 21))[1], -2 * np.cosh(2 * (1 - np.linspace(0, 1, 21))) / np.sinh(2), atol=1e-3)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'ode', 'boundary-value-problem', 'applied-science']
# ///
import numpy as np
from scipy.integrate import solve_bvp


def rod(x, y):
    return np.vstack([y[1], 4 * y[0]])


def boundary(ya, yb):
    return np.array([ya[0] - 1, yb[0]])


x = np.linspace(0, 1, 11)
# the guess holds every state component (T and T') at every mesh point: shape (2, len(x))
sol = solve_bvp(rod, boundary, x, np.zeros((2, x.size)))
