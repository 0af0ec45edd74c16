# /// example
# task = """
# Solve the boundary value problem below numerically with SciPy's collocation BVP solver (start \
# from a zero initial guess on 5 evenly spaced mesh points) and store the solution y at \
# x = 0, 0.25, 0.5, 0.75, 1 in `y_values`, its slope y' at x = 0, 0.5, 1 in `slopes`, and whether \
# the solver converged in `converged`.
#
# ```text
# y'' = -2  on 0 <= x <= 1,   y(0) = 0,   y(1) = 0
# ```
#
# Wanted:
#
# ```text
# y_values = [0.0, 0.1875, 0.25, 0.1875, 0.0]
# slopes   = [1.0, 0.0, -1.0]
# converged = True
# ```"""
# prompt = """
# I want to check SciPy's BVP solver on a case I can do by hand: y'' = -2 with both ends pinned at \
# zero, zero initial guess on 5 mesh points.
#
# ```text
# y'' = -2  on 0 <= x <= 1,   y(0) = 0,   y(1) = 0
# ```
#
# I expect y = x - x^2, so `y_values` at x = 0, 0.25, 0.5, 0.75, 1, `slopes` at 0, 0.5, 1 and \
# `converged` should be:
#
# ```text
# y_values = [0.0, 0.1875, 0.25, 0.1875, 0.0]
# slopes   = [1.0, 0.0, -1.0]
# converged = True
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(y_values, [0.0, 0.1875, 0.25, 0.1875, 0.0], atol=1e-6)',
#     'np.allclose(slopes, [1.0, 0.0, -1.0], atol=1e-6)',
#     # a flag, not any truthy object such as the solver's message
#     'isinstance(converged, (bool, np.bool_)) and converged',
# ]
# difficulty = 'basic'
# tags = ['ode', 'boundary-value-problem']
# ///
import numpy as np
from scipy import integrate


def rhs(x, y):
    # first-order system: y[0] = y, y[1] = y'
    return np.vstack([y[1], -2.0 * np.ones_like(x)])


def boundary_residuals(ya, yb):
    return np.array([ya[0], yb[0]])


mesh = np.linspace(0, 1, 5)
solution = integrate.solve_bvp(rhs, boundary_residuals, mesh, np.zeros((2, mesh.size)))
y_values = solution.sol([0.0, 0.25, 0.5, 0.75, 1.0])[0]
slopes = solution.sol([0.0, 0.5, 1.0])[1]
converged = solution.success
