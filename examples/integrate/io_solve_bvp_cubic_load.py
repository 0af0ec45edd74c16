# /// example
# task = """
# Solve the boundary value problem below with SciPy's `solve_bvp`, starting from a zero guess on \
# 11 evenly spaced mesh points, and store y at x = 0.5 in `y_mid`, the slopes y'(0) and y'(1) \
# in `slopes`, and whether the solver converged in `converged`; rounded to 4 decimals they print \
# as shown.
#
# ```text
# y'' = 6 x  on 0 <= x <= 1,   y(0) = 0,   y(1) = 1
# ```
#
# Wanted:
#
# ```text
# y_mid = 0.125, slopes = [0.0, 3.0], converged = True
# ```"""
# prompt = """
# I want to check scipy's solve_bvp on y'' = 6 x with y(0) = 0 and y(1) = 1, from a zero guess on \
# 11 mesh points; I need `y_mid` (y at x = 0.5), `slopes` (y' at both ends) and `converged`:
#
# ```text
# y'' = 6 x  on 0 <= x <= 1,   y(0) = 0,   y(1) = 1
# ```
#
# The exact solution is x^3, so:
#
# ```text
# y_mid = 0.125, slopes = [0.0, 3.0], converged = True
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(y_mid, 0.125, atol=5e-5)',
#     'np.allclose(slopes, [0.0, 3.0], atol=5e-5)',
#     # a flag, not any truthy object such as the solver's message
#     'isinstance(converged, (bool, np.bool_)) and converged',
# ]
# difficulty = 'intermediate'
# tags = ['ode', 'boundary-value-problem']
# ///
import numpy as np
from scipy.integrate import solve_bvp


def rhs(x, y):
    # y[0] = y, y[1] = y'; x is the whole mesh, so the source is an array too
    return np.vstack([y[1], 6.0 * x])


def boundary(ya, yb):
    return np.array([ya[0], yb[0] - 1.0])


mesh = np.linspace(0.0, 1.0, 11)
solution = solve_bvp(rhs, boundary, mesh, np.zeros((2, mesh.size)), tol=1e-8)
y_mid = solution.sol(0.5)[0]
slopes = solution.sol([0.0, 1.0])[1]
converged = solution.success
