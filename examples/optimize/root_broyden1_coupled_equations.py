# /// example
# task = """
# Solve the pair of equations x + 0.5 cos(y) = 1 and y - 0.5 sin(x) = 0.5 with `root`, using the \
# Jacobian-free quasi-Newton method `broyden1` from (0, 0). Store the solution (x, y) in \
# `solution` and raise a RuntimeError if the solver reports failure."""
# prompt = """
# I want to solve x + 0.5 cos(y) = 1 together with y - 0.5 sin(x) = 0.5 without writing a Jacobian: \
# `root` with Broyden's first method, start (0, 0). Put (x, y) in `solution`, and raise \
# RuntimeError if it fails."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # the system has a single solution (the map is a contraction), so any solver finds the same point
#     'np.allclose(solution, scipy.optimize.fsolve(lambda v: [v[0] + 0.5 * np.cos(v[1]) - 1, v[1] - 0.5 * np.sin(v[0]) - 0.5], [0.0, 0.0], xtol=1e-12), atol=1e-6)',
#     'np.allclose([solution[0] + 0.5 * np.cos(solution[1]) - 1, solution[1] - 0.5 * np.sin(solution[0]) - 0.5], 0, atol=1e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['root-finding', 'nonlinear-system', 'error-handling']
# ///
import numpy as np
from scipy import optimize


def equations(v):
    x, y = v
    return [x + 0.5 * np.cos(y) - 1, y - 0.5 * np.sin(x) - 0.5]


# broyden1 builds a Jacobian approximation from successive steps, so none is supplied
result = optimize.root(equations, x0=[0.0, 0.0], method="broyden1")
if not result.success:
    raise RuntimeError(result.message)
solution = result.x
