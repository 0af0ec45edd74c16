# /// example
# task = """
# A hanging chain hung from two supports at x = -1 and x = 1, both at height cosh(1), follows \
# y'' = sqrt(1 + y'^2). This code should solve it with `solve_bvp` from a flat guess on 11 mesh \
# points and store the result in `sol`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_bvp
#
#
# def chain(y, x):
#     return np.vstack([y[1], np.sqrt(1 + y[1] ** 2)])
#
#
# def supports(ya, yb):
#     return np.array([ya[0] - np.cosh(1), yb[0] - np.cosh(1)])
#
#
# x = np.linspace(-1, 1, 11)
# guess = np.vstack([np.full(x.size, np.cosh(1)), np.zeros(x.size)])
# sol = solve_bvp(chain, supports, x, guess)
# ```
#
# ```text
# ValueError: `fun` return is expected to have shape (2, 11), but actually has (2, 1).
# ```
#
# Fix it; the exact shape is the catenary cosh(x)."""
# prompt = """
# I'm computing the shape of a hanging chain between supports at x = -1 and x = 1 (both at \
# height cosh(1)): y'' = sqrt(1 + y'^2). My solve_bvp call, result in `sol`:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_bvp
#
#
# def chain(y, x):
#     return np.vstack([y[1], np.sqrt(1 + y[1] ** 2)])
#
#
# def supports(ya, yb):
#     return np.array([ya[0] - np.cosh(1), yb[0] - np.cosh(1)])
#
#
# x = np.linspace(-1, 1, 11)
# guess = np.vstack([np.full(x.size, np.cosh(1)), np.zeros(x.size)])
# sol = solve_bvp(chain, supports, x, guess)
# ```
#
# fails with
#
# ```text
# ValueError: `fun` return is expected to have shape (2, 11), but actually has (2, 1).
# ```
#
# The answer should be cosh(x). What's wrong with my function?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.success',
#     'np.allclose(sol.sol(np.linspace(-1, 1, 9))[0], np.cosh(np.linspace(-1, 1, 9)), atol=1e-4)',
#     # the slope is sinh(x)
#     'np.allclose(sol.sol(np.linspace(-1, 1, 9))[1], np.sinh(np.linspace(-1, 1, 9)), atol=1e-3)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'ode', 'boundary-value-problem', 'applied-science']
# ///
import numpy as np
from scipy.integrate import solve_bvp


def chain(x, y):
    # solve_bvp calls fun(x, y): the mesh first, then the state (rows y and y')
    return np.vstack([y[1], np.sqrt(1 + y[1] ** 2)])


def supports(ya, yb):
    return np.array([ya[0] - np.cosh(1), yb[0] - np.cosh(1)])


x = np.linspace(-1, 1, 11)
guess = np.vstack([np.full(x.size, np.cosh(1)), np.zeros(x.size)])
sol = solve_bvp(chain, supports, x, guess)
