# /// example
# task = """
# Solve the 500 decoupled-but-vectorised equations exp(x_i) + x_i - c_i = 0 with \
# c_i = 1 + i / 100 (i = 0 ... 499) with `root`, using the derivative-free spectral method \
# `df-sane` (no Jacobian is formed), from x = 0. Store the solution vector in `solution` and \
# raise a RuntimeError if the solver fails."""
# prompt = """
# I have 500 equations exp(x_i) + x_i = c_i with c_i = 1 + i/100 for i = 0..499, written as one \
# vector function. Building a 500 x 500 Jacobian seems wasteful; can `root` solve it with the \
# df-sane method from all zeros? Put the result in `solution` and raise RuntimeError on failure."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.shape(solution) == (500,)',
#     'np.max(np.abs(np.exp(solution) + solution - (1 + np.arange(500) / 100))) < 1e-6',
#     # x_0 solves exp(x) + x = 1, i.e. x = 0
#     'abs(solution[0]) < 1e-6',
# ]
# difficulty = 'intermediate'
# tags = ['root-finding', 'nonlinear-system', 'error-handling']
# ///
import numpy as np
from scipy import optimize

targets = 1 + np.arange(500) / 100


def equations(x):
    return np.exp(x) + x - targets


# df-sane needs only residual evaluations, which suits large systems
result = optimize.root(equations, x0=np.zeros(500), method="df-sane")
if not result.success:
    raise RuntimeError(result.message)
solution = result.x
