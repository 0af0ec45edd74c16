# /// example
# task = """
# Solve the boundary value problem u'' = -pi**2 sin(pi x), u(0) = u(1) = 0 with `solve_bvp` (as a \
# first-order system, starting from a zero guess on 11 nodes, tol=1e-6), storing the result in \
# `res`; raise if it does not converge, and evaluate the solution on `x_fine` = linspace(0, 1, \
# 101) into `u`."""
# prompt = """
# Solve u'' = -pi**2 sin(pi x) with u(0) = u(1) = 0 as a boundary value problem in scipy: write \
# it as a first-order system, start from a zero initial guess on 11 nodes, use tol=1e-6 and keep \
# the result in `res`. Raise an error if it doesn't converge, then evaluate the solution on \
# `x_fine` = linspace(0, 1, 101) into `u`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'res.success and u.shape == x_fine.shape',
#     'np.allclose(u, np.sin(np.pi * x_fine), atol=1e-4)',
# ]
# difficulty = 'intermediate'
# tags = ['ode', 'boundary-value-problem', 'error-handling', 'validation']
# ///
import numpy as np
from scipy import integrate


def rhs(x, y):
    # y[0] = u, y[1] = u'
    return np.vstack([y[1], -(np.pi**2) * np.sin(np.pi * x)])


def boundary(ya, yb):
    return np.array([ya[0], yb[0]])


x = np.linspace(0, 1, 11)
res = integrate.solve_bvp(rhs, boundary, x, np.zeros((2, x.size)), tol=1e-6)
if not res.success:
    raise RuntimeError(f"solve_bvp failed: {res.message}")
x_fine = np.linspace(0, 1, 101)
u = res.sol(x_fine)[0]
