# /// example
# task = """
# Find the real root of `f`(x) = x**3 - 2x - 5 with `brentq`. The first guessed bracket [3, 5] \
# has no sign change, so catch the `ValueError` (store its message in `bracket_error`), then scan \
# a grid on [-10, 10] for the first sign change, store that interval in `bracket` and solve on \
# it; store the root in `root`."""
# prompt = """
# I'm solving x**3 - 2x - 5 = 0 (define it as a function `f`) with Brent's method. My first guess \
# for the bracket, [3, 5], has no sign change, so catch the ValueError and save its message in \
# `bracket_error`; then scan a grid on [-10, 10] for the first sign change, store that interval \
# in `bracket`, solve on it and put the root in `root`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'isinstance(bracket_error, str) and len(bracket_error) > 0',
#     'bracket[0] <= root <= bracket[1] and f(bracket[0]) * f(bracket[1]) <= 0',
#     'abs(root**3 - 2 * root - 5) < 1e-10',
# ]
# difficulty = 'basic'
# tags = ['root-finding', 'error-handling']
# ///
import numpy as np
from scipy import optimize


def f(x):
    return x**3 - 2 * x - 5


bracket_error = None
try:
    root = optimize.brentq(f, 3, 5)
except ValueError as exc:  # f(3) and f(5) have the same sign
    bracket_error = str(exc)
    grid = np.linspace(-10, 10, 201)
    values = f(grid)
    i = np.flatnonzero(np.sign(values[:-1]) != np.sign(values[1:]))[0]
    bracket = (grid[i], grid[i + 1])
    root = optimize.brentq(f, *bracket)
