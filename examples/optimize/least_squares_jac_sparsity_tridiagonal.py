# /// example
# task = """
# Solve Broyden's tridiagonal system of 100 equations, \
# (3 - 2 x_i) x_i - x_(i-1) - 2 x_(i+1) + 1 = 0 for i = 0 ... 99 with x_(-1) = x_100 = 0, as a \
# nonlinear least-squares problem with `least_squares` from x = -1 everywhere. Tell the solver \
# that the Jacobian is tridiagonal (its sparsity pattern) so finite differences need only a few \
# evaluations. Store the solution in `solution`."""
# prompt = """
# I have a large sparse nonlinear system, Broyden's tridiagonal function with 100 unknowns: \
# (3 - 2 x_i) x_i - x_(i-1) - 2 x_(i+1) + 1 = 0, i = 0 ... 99, with x_(-1) = x_100 = 0. Solve it \
# with least_squares starting from all -1, and pass the tridiagonal sparsity pattern of the \
# Jacobian so the finite differences stay cheap. The answer goes in `solution`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'scipy.sparse', 'numpy']
# inputs = {}
# checks = [
#     'len(solution) == 100',
#     'np.max(np.abs((3 - 2 * solution) * solution - np.r_[0.0, solution[:-1]] - 2 * np.r_[solution[1:], 0.0] + 1)) < 1e-6',
# ]
# difficulty = 'advanced'
# tags = ['least-squares', 'nonlinear-system', 'derivatives']
# ///
import numpy as np
from scipy import optimize, sparse

N_UNKNOWNS = 100


def broyden_tridiagonal(x):
    left = np.r_[0.0, x[:-1]]
    right = np.r_[x[1:], 0.0]
    return (3 - 2 * x) * x - left - 2 * right + 1


# equation i depends only on x[i-1], x[i], x[i+1]: a tridiagonal pattern of ones
pattern = sparse.diags([1, 1, 1], [-1, 0, 1], shape=(N_UNKNOWNS, N_UNKNOWNS))
result = optimize.least_squares(
    broyden_tridiagonal, x0=-np.ones(N_UNKNOWNS), jac_sparsity=pattern, method="trf"
)
solution = result.x
