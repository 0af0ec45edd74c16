# /// example
# task = """
# Solve the 1-D heat equation u_t = alpha u_xx (alpha = 0.01) on (0, 1) with u = 0 at both ends \
# and u(x, 0) = sin(pi x) by the method of lines: a 50-node central-difference Laplacian \
# integrated to t = 10 with `solve_ivp(method="BDF")`, giving the tridiagonal sparsity pattern \
# as the array `sparsity` passed through `jac_sparsity`; store the solver result in `sol`, the \
# interior nodes in `x` and the final profile in `u_final`."""
# prompt = """
# I need to solve the 1-D heat equation u_t = alpha u_xx with alpha = 0.01 on (0, 1), u = 0 at \
# both ends and u(x, 0) = sin(pi x), by the method of lines: a central-difference Laplacian on 50 \
# interior nodes, integrated to t = 10 with scipy's implicit BDF method. Pass the tridiagonal \
# Jacobian sparsity pattern to the solver as an array `sparsity` (nonzero exactly on the main \
# diagonal and the two next to it). Store the solver result in `sol`, the interior node positions \
# in `x` and the final profile in `u_final`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.success and u_final.shape == x.shape',
#     'np.allclose(u_final, np.exp(-0.01 * np.pi**2 * 10) * np.sin(np.pi * x), atol=2e-3)',
#     # BDF is implicit: it evaluates the Jacobian and factorises; an explicit Runge-Kutta does neither
#     'sol.njev > 0 and sol.nlu > 0',
#     # the nonzero pattern is exactly the tridiagonal band (a sparse matrix is accepted too)
#     'np.array_equal((sparsity.toarray() if scipy.sparse.issparse(sparsity) else np.asarray(sparsity)) != 0, np.abs(np.subtract.outer(np.arange(x.size), np.arange(x.size))) <= 1)',
# ]
# difficulty = 'advanced'
# tags = ['ode', 'stiffness']
# ///
import numpy as np
from scipy import integrate

alpha, n, t_end = 0.01, 50, 10.0
dx = 1.0 / (n + 1)
x = np.linspace(dx, 1 - dx, n)


def heat(t, u):
    padded = np.concatenate(([0.0], u, [0.0]))  # Dirichlet boundaries
    return alpha * (padded[2:] - 2 * u + padded[:-2]) / dx**2


# each node couples only to its neighbours: a finite-difference Jacobian needs few evaluations
sparsity = np.eye(n, k=-1) + np.eye(n) + np.eye(n, k=1)
sol = integrate.solve_ivp(heat, (0, t_end), np.sin(np.pi * x), method="BDF", jac_sparsity=sparsity)
u_final = sol.y[:, -1]
