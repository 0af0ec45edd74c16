# /// example
# task = """
# Solve the system of three equations below numerically with SciPy from the starting guess \
# (0.5, 1.8, 3.5), supplying the analytic Jacobian, and store the solution in `xyz` (a length-3 \
# array) and the largest absolute residual in `max_residual`. The system is symmetric, so every \
# permutation of the solution also solves it; the guess picks the ordering shown.
#
# ```text
# x + y + z       = 6
# x y z           = 6
# x^2 + y^2 + z^2 = 14
# ```
#
# Wanted:
#
# ```text
# xyz = [1.0, 2.0, 3.0], max_residual < 1e-10
# ```"""
# prompt = """
# I have three unknowns tied by these equations and want SciPy to solve them from (0.5, 1.8, \
# 3.5), with the Jacobian I derived, putting the answer in `xyz` and the worst residual in \
# `max_residual`:
#
# ```text
# x + y + z       = 6
# x y z           = 6
# x^2 + y^2 + z^2 = 14
# ```
#
# I'm expecting
#
# ```text
# xyz = [1.0, 2.0, 3.0], max_residual < 1e-10
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(xyz, [1.0, 2.0, 3.0], atol=1e-8)',
#     'max_residual < 1e-10',
#     # the residual is the one of the returned solution, not a placeholder
#     'np.isclose(max_residual, np.max(np.abs([np.sum(xyz) - 6, np.prod(xyz) - 6, np.sum(np.square(xyz)) - 14])), atol=1e-12)',
# ]
# difficulty = 'advanced'
# tags = ['root-finding', 'nonlinear-system', 'derivatives']
# ///
import numpy as np
from scipy import optimize


def equations(v):
    x, y, z = v
    return np.array([x + y + z - 6, x * y * z - 6, x**2 + y**2 + z**2 - 14])


def jacobian(v):
    x, y, z = v
    # row i holds the partial derivatives of equation i with respect to x, y, z
    return np.array([[1.0, 1.0, 1.0], [y * z, x * z, x * y], [2 * x, 2 * y, 2 * z]])


solution = optimize.root(equations, x0=[0.5, 1.8, 3.5], jac=jacobian, method="hybr")
xyz = solution.x
max_residual = np.max(np.abs(equations(xyz)))
