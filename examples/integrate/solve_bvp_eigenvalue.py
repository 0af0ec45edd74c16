# /// example
# task = """
# Find the eigenvalue k of y'' + k**2 y = 0 with y(0) = y(1) = 0, normalised by y'(0) = k, using \
# `solve_bvp` with the unknown parameter `p=[6]` as the starting guess and an initial profile \
# `guess` (rows y and y' on the initial mesh) whose y changes sign once; store the result in \
# `res` and the converged eigenvalue in `k`."""
# prompt = """
# I want the eigenvalue k of y'' + k**2 y = 0 with y(0) = y(1) = 0, normalised with y'(0) = k, \
# solved as a boundary value problem in scipy where k is an unknown parameter starting from the \
# guess p=[6]. Give the solver an initial profile `guess` (rows y and y' on the initial mesh) \
# whose y changes sign exactly once, and store the solver result in `res` and the converged \
# eigenvalue in `k`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'res.success',
#     'np.isclose(k, 2 * np.pi, rtol=1e-4)',
#     # the guessed y, zeros aside, changes sign exactly once
#     'np.sum(np.diff(np.sign(np.asarray(guess)[0][np.asarray(guess)[0] != 0])) != 0) == 1',
# ]
# difficulty = 'advanced'
# tags = ['ode', 'boundary-value-problem']
# ///
import numpy as np
from scipy import integrate


def rhs(x, y, p):
    return np.vstack([y[1], -(p[0] ** 2) * y[0]])


def boundary(ya, yb, p):
    # one extra condition pins down the extra unknown p
    return np.array([ya[0], yb[0], ya[1] - p[0]])


x = np.linspace(0, 1, 5)
guess = np.zeros((2, x.size))
guess[0, 1], guess[0, 3] = 1.0, -1.0
res = integrate.solve_bvp(rhs, boundary, x, guess, p=[6.0])
k = res.p[0]
