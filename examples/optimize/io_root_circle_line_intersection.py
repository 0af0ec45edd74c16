# /// example
# task = """
# Solve the system of two equations below numerically with SciPy, starting from the guess \
# (x, y) = (1, 1), and store the solution in `x_sol` and `y_sol` and whether the solver reports \
# success in `converged`.
#
# ```text
# x^2 + y^2 = 5
# x - y     = 1
# ```
#
# Wanted (the intersection nearest the starting guess):
#
# ```text
# x_sol = 2.0, y_sol = 1.0, converged = True
# ```"""
# prompt = """
# Where does the circle x^2 + y^2 = 5 meet the line x - y = 1? I want SciPy to solve
#
# ```text
# x^2 + y^2 = 5
# x - y     = 1
# ```
#
# from the starting point (1, 1) and give me `x_sol`, `y_sol` and a `converged` flag. I expect
#
# ```text
# x_sol = 2.0, y_sol = 1.0, converged = True
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(x_sol, 2.0) and np.isclose(y_sol, 1.0)',
#     # a flag, not any truthy object such as the solver's message
#     'isinstance(converged, (bool, np.bool_)) and converged',
#     # the pair satisfies both equations
#     'np.isclose(x_sol**2 + y_sol**2, 5.0) and np.isclose(x_sol - y_sol, 1.0)',
# ]
# difficulty = 'basic'
# tags = ['root-finding', 'nonlinear-system']
# ///
import numpy as np
from scipy import optimize


def equations(v):
    x, y = v
    return [x**2 + y**2 - 5, x - y - 1]


# the system has two solutions, (2, 1) and (-1, -2); the guess picks the nearer one
solution = optimize.root(equations, x0=np.array([1.0, 1.0]))
x_sol, y_sol = solution.x
converged = solution.success
