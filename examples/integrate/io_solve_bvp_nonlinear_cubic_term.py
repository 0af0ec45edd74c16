# /// example
# task = """
# Solve the nonlinear boundary value problem below with SciPy's `solve_bvp` on 11 evenly spaced \
# starting mesh points, using the straight line between the boundary values (slope -0.5) as the \
# initial guess, and store y at x = 0.5 in `y_mid`, the slopes y'(0) and y'(1) in `slopes` and \
# whether it converged in `converged`; rounded to 4 decimals they print as shown (the exact \
# solution is 1 / (1 + x)).
#
# ```text
# y'' = 2 y^3  on 0 <= x <= 1,   y(0) = 1,   y(1) = 0.5
# ```
#
# Wanted:
#
# ```text
# y_mid = 0.6667, slopes = [-1.0, -0.25], converged = True
# ```"""
# prompt = """
# I have a nonlinear BVP, y'' = 2 y^3 with y(0) = 1 and y(1) = 0.5, and want scipy's solve_bvp to \
# solve it from the straight-line guess through the boundary values on 11 mesh points. I need \
# `y_mid` (y at 0.5), `slopes` (y' at 0 and 1) and `converged`:
#
# ```text
# y'' = 2 y^3  on 0 <= x <= 1,   y(0) = 1,   y(1) = 0.5
# ```
#
# Since 1 / (1 + x) solves it, I expect
#
# ```text
# y_mid = 0.6667, slopes = [-1.0, -0.25], converged = True
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(y_mid, 0.6667, atol=5e-5)',
#     'np.allclose(slopes, [-1.0, -0.25], atol=5e-5)',
#     'isinstance(converged, (bool, np.bool_)) and converged',
# ]
# difficulty = 'advanced'
# tags = ['ode', 'boundary-value-problem']
# ///
import numpy as np
from scipy.integrate import solve_bvp


def rhs(x, y):
    return np.vstack([y[1], 2.0 * y[0] ** 3])


def jacobian(x, y):
    # d(rhs)/dy for every mesh point: shape (2, 2, m)
    zeros, ones = np.zeros_like(x), np.ones_like(x)
    return np.array([[zeros, ones], [6.0 * y[0] ** 2, zeros]])


def boundary(ya, yb):
    return np.array([ya[0] - 1.0, yb[0] - 0.5])


mesh = np.linspace(0.0, 1.0, 11)
guess = np.vstack([1.0 - 0.5 * mesh, np.full_like(mesh, -0.5)])
solution = solve_bvp(rhs, boundary, mesh, guess, fun_jac=jacobian, tol=1e-8)
y_mid = solution.sol(0.5)[0]
slopes = solution.sol([0.0, 1.0])[1]
converged = solution.success
