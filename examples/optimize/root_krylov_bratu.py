# /// example
# task = """
# Solve the Bratu boundary value problem u'' + exp(u) = 0, u(0) = u(1) = 0 by finite differences \
# on 99 interior nodes `x`, finding the zero of the discretised residual with the Jacobian-free \
# `optimize.root(method="krylov")` from u = 0; store the result in `res` and the solution in `u`."""
# prompt = """
# Solve the Bratu problem u'' + exp(u) = 0, u(0) = u(1) = 0 by finite differences on 99 interior \
# nodes `x`, and find the zero of the discretised residual with a Jacobian-free Newton-Krylov \
# solver starting from u = 0, with a tight residual tolerance (around 1e-9). Store the result in \
# `res` and the solution in `u`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'res.success and u.shape == x.shape',
#     'np.max(np.abs(np.diff(np.concatenate(([0.0], u, [0.0])), 2) / (x[1] - x[0])**2 + np.exp(u))) < 1e-6',
#     'np.allclose(u, u[::-1], atol=1e-6) and np.isclose(u.max(), 0.1405, atol=2e-3)',
# ]
# difficulty = 'advanced'
# tags = ['root-finding', 'nonlinear-system', 'ode', 'boundary-value-problem']
# ///
import numpy as np
from scipy import optimize

n = 99
h = 1.0 / (n + 1)
x = np.linspace(h, 1 - h, n)


def residual(u):
    padded = np.concatenate(([0.0], u, [0.0]))
    return (padded[2:] - 2 * u + padded[:-2]) / h**2 + np.exp(u)


# Newton-Krylov never forms the Jacobian, which suits large discretised systems
res = optimize.root(residual, np.zeros(n), method="krylov", options={"fatol": 1e-9})
u = res.x
