# /// example
# task = """
# The lowest eigenvalue lam of y'' + lam y = 0 on [0, 1] with y(0) = 0 and y'(1) = 0 is \
# (pi/2)^2. This code treats lam as an unknown parameter of `solve_bvp` (starting from 2.0) and \
# should store it in `lam` and the solver result in `sol`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_bvp
#
#
# def rhs(x, y, p):
#     return np.vstack([y[1], -p[0] * y[0]])
#
#
# def bc(ya, yb, p):
#     return np.array([ya[0], yb[1]])
#
#
# x = np.linspace(0, 1, 11)
# guess = np.vstack([np.sin(x), np.cos(x)])
# sol = solve_bvp(rhs, bc, x, guess, p=[2.0], tol=1e-8)
# lam = sol.p[0]
# ```
#
# ```text
# ValueError: `bc` return is expected to have shape (3,), but actually has (2,).
# ```
#
# Fix it by normalising the eigenfunction with y'(0) = 1."""
# prompt = """
# I'm finding the lowest eigenvalue of y'' + lam y = 0 with y(0) = 0, y'(1) = 0 (it should be \
# (pi/2)^2) by letting solve_bvp fit lam as a parameter from 2.0; result in `sol`, eigenvalue in \
# `lam`:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_bvp
#
#
# def rhs(x, y, p):
#     return np.vstack([y[1], -p[0] * y[0]])
#
#
# def bc(ya, yb, p):
#     return np.array([ya[0], yb[1]])
#
#
# x = np.linspace(0, 1, 11)
# guess = np.vstack([np.sin(x), np.cos(x)])
# sol = solve_bvp(rhs, bc, x, guess, p=[2.0], tol=1e-8)
# lam = sol.p[0]
# ```
#
# ```text
# ValueError: `bc` return is expected to have shape (3,), but actually has (2,).
# ```
#
# Where does the third condition come from? I'm fine normalising with y'(0) = 1."""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.success',
#     'np.isclose(lam, (np.pi / 2) ** 2, rtol=1e-6)',
#     # the normalised eigenfunction is sin(pi x / 2) / (pi / 2)
#     'np.allclose(sol.sol(np.linspace(0, 1, 9))[0], np.sin(np.pi * np.linspace(0, 1, 9) / 2) / (np.pi / 2), atol=1e-5)',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'ode', 'boundary-value-problem']
# ///
import numpy as np
from scipy.integrate import solve_bvp


def rhs(x, y, p):
    return np.vstack([y[1], -p[0] * y[0]])


def bc(ya, yb, p):
    # each unknown parameter needs one more condition: any multiple of an eigenfunction
    # satisfies the other two, so fix its scale with y'(0) = 1
    return np.array([ya[0], yb[1], ya[1] - 1.0])


x = np.linspace(0, 1, 11)
guess = np.vstack([np.sin(x), np.cos(x)])
sol = solve_bvp(rhs, bc, x, guess, p=[2.0], tol=1e-8)
lam = sol.p[0]
