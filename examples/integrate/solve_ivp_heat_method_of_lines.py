# /// example
# task = """
# Solve the 1-D heat equation u_t = alpha u_xx (alpha = 0.01) on (0, 1) with u = 0 at both ends \
# and u(x, 0) = sin(pi x) by the method of lines: a 50-node central-difference Laplacian \
# integrated to t = 10 with `solve_ivp(method="BDF")`, giving the tridiagonal sparsity pattern \
# through `jac_sparsity`; store the solver result in `sol`, the interior nodes in `x` and the \
# final profile in `u_final`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.success and u_final.shape == x.shape',
#     'np.allclose(u_final, np.exp(-0.01 * np.pi**2 * 10) * np.sin(np.pi * x), atol=2e-3)',
# ]
# difficulty = 'advanced'
# tags = ['ode', 'pde', 'stiff', 'method-of-lines']
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
