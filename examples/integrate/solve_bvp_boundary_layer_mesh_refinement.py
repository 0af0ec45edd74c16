# /// example
# task = """
# Solve the boundary-layer problem 0.01 y'' + y' = 0, y(0) = 0, y(1) = 1 with `solve_bvp`, \
# starting from 11 evenly spaced nodes and the straight-line guess y = x. The layer at x = 0 \
# needs many more nodes, so allow up to 10000 (`max_nodes`) with `tol=1e-6`, and check the \
# solver's `status` (0 = converged): if it did not converge, raise a `RuntimeError` with its \
# message. Store the result in `sol` and the number of final mesh nodes in `n_nodes`."""
# prompt = """
# My singularly perturbed BVP, 0.01 y'' + y' = 0 with y(0) = 0 and y(1) = 1, has a thin layer \
# near x = 0. Solve it with solve_bvp from an 11-node mesh and a linear guess, tolerance 1e-6, \
# letting the mesh grow up to 10000 nodes; fail loudly (RuntimeError with the solver's \
# message) if it doesn't converge. Keep the result in `sol` and the final node count in \
# `n_nodes`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.status == 0 and n_nodes == len(sol.x) and n_nodes > 11',
#     # exact solution: (1 - exp(-x / eps)) / (1 - exp(-1 / eps))
#     'np.allclose(sol.sol(np.linspace(0, 1, 201))[0], (1 - np.exp(-np.linspace(0, 1, 201) / 0.01)) / (1 - np.exp(-1 / 0.01)), atol=1e-4)',
# ]
# difficulty = 'advanced'
# tags = ['ode', 'boundary-value-problem', 'convergence', 'error-handling']
# ///
import numpy as np
from scipy.integrate import solve_bvp

eps = 0.01


def rhs(x, y):
    return np.vstack([y[1], -y[1] / eps])


def boundary(ya, yb):
    return np.array([ya[0], yb[0] - 1.0])


x = np.linspace(0, 1, 11)
guess = np.vstack([x, np.ones_like(x)])
# solve_bvp inserts nodes where the residual is large; max_nodes caps that refinement
sol = solve_bvp(rhs, boundary, x, guess, tol=1e-6, max_nodes=10000)
if sol.status != 0:
    raise RuntimeError(sol.message)
n_nodes = len(sol.x)
