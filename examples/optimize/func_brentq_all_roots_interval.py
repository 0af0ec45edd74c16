# /// example
# task = '''
# Write a function `roots_in_interval` with the signature and docstring below, and store in
# `modes` the roots of f(x) = sin(x) - x / 10 on [0.5, 20].
#
# ```python
# def roots_in_interval(f, a, b, n_grid=1000):
#     """All roots of the continuous scalar function f in [a, b].
#
#     f is evaluated at n_grid evenly spaced points; every grid point where
#     f is exactly 0 is a root, and every sign change between neighbouring
#     points is refined with a bracketing root finder (xtol 1e-12). Roots
#     closer together than the grid spacing may be missed. Returns a sorted
#     float array, empty when there is no root.
#     """
# ```'''
# prompt = """
# `brentq` only finds one root and needs a bracket. Write `roots_in_interval(f, a, b, n_grid=1000)` \
# that scans f on `n_grid` evenly spaced points of [a, b], keeps grid points where f is exactly \
# zero, refines each sign change between neighbours with a bracketing solver (xtol 1e-12) and \
# returns all roots as a sorted float array (empty if none). Use it for f(x) = sin(x) - x / 10 on \
# [0.5, 20] and store the roots in `modes`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(roots_in_interval(np.sin, 0.5, 10.0), [np.pi, 2 * np.pi, 3 * np.pi], atol=1e-10)',
#     'np.allclose(roots_in_interval(lambda x: (x - 1) * (x - 2) * (x + 3), -5.0, 5.0), [-3.0, 1.0, 2.0], atol=1e-10)',
#     # roots that fall exactly on the grid (and at the ends) are kept once
#     'np.allclose(roots_in_interval(lambda x: x * (x - 1), 0.0, 1.0, n_grid=11), [0.0, 1.0])',
#     'roots_in_interval(lambda x: x**2 + 1, -3.0, 3.0).size == 0',
#     'np.all(np.diff(modes) > 0)',
#     'np.allclose(np.sin(modes) - np.asarray(modes) / 10, 0.0, atol=1e-10)',
#     # sin x = x / 10 needs x <= 10: three solutions on [0.5, 20] (x = 0 is outside)
#     'np.allclose(modes, [scipy.optimize.brentq(lambda x: np.sin(x) - x / 10, lo, hi) for lo, hi in [(2.0, 3.2), (6.5, 7.5), (7.5, 9.0)]], atol=1e-10)',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'root-finding']
# ///
import numpy as np
from scipy import optimize


def roots_in_interval(f, a, b, n_grid=1000):
    """All roots of the continuous scalar function f in [a, b].

    f is evaluated at n_grid evenly spaced points; every grid point where
    f is exactly 0 is a root, and every sign change between neighbouring
    points is refined with a bracketing root finder (xtol 1e-12). Roots
    closer together than the grid spacing may be missed. Returns a sorted
    float array, empty when there is no root.
    """
    grid = np.linspace(a, b, n_grid)
    values = np.array([f(x) for x in grid], dtype=float)
    on_grid = grid[values == 0]
    # a strict sign change brackets a root that brentq can refine
    refined = [
        optimize.brentq(f, grid[i], grid[i + 1], xtol=1e-12)
        for i in np.flatnonzero(values[:-1] * values[1:] < 0)
    ]
    return np.sort(np.concatenate([on_grid, refined]))


modes = roots_in_interval(lambda x: np.sin(x) - x / 10, 0.5, 20.0)
