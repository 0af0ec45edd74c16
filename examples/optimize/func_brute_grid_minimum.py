# /// example
# task = '''
# Write a function `grid_minimum` with the signature and docstring below, and store in `dip_x`
# the global minimiser of f(x) = x sin(x) on [0, 12].
#
# ```python
# def grid_minimum(f, ranges, points_per_axis=41):
#     """Global minimiser of f over a box, by grid search plus local polish.
#
#     `ranges` is a list of (low, high) pairs, one per variable; f takes a
#     1-D array of that length. f is evaluated on a regular grid of
#     `points_per_axis` points per variable and the best grid point is
#     refined by a Nelder-Mead search kept inside the box. Returns the
#     minimiser as a 1-D float array.
#     """
# ```'''
# prompt = """
# I like a brute-force-then-polish approach for small problems with several local minima. Write \
# `grid_minimum(f, ranges, points_per_axis=41)` that evaluates f (taking a 1-D array) on a regular \
# grid over the box given by the (low, high) pairs in `ranges`, then refines the best grid point \
# with a Nelder-Mead search that stays inside the box, and returns the minimiser as a 1-D float \
# array. Use it for the global minimum of x sin(x) on [0, 12] and keep the minimiser in `dip_x`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # x sin x has a local minimum near 4.9 and the global one near 11.09 (where tan x = -x)
#     'np.isclose(np.ravel(dip_x)[0], scipy.optimize.brentq(lambda x: np.sin(x) + x * np.cos(x), 10.5, 11.5), atol=1e-4)',
#     'np.allclose(grid_minimum(lambda p: (p[0] - 1.0) ** 2 + (p[1] + 2.0) ** 2, [(-5, 5), (-5, 5)]), [1.0, -2.0], atol=1e-4)',
#     # Rastrigin-like: many local minima, the global one at (0.5, -0.5)
#     'np.allclose(grid_minimum(lambda p: np.sum((p - [0.5, -0.5]) ** 2 - 3 * np.cos(2 * np.pi * (p - [0.5, -0.5]))), [(-4, 4), (-4, 4)]), [0.5, -0.5], atol=1e-4)',
#     # two wells near -1 and +1; the tilt 0.3 x makes the left one deeper
#     'np.allclose(grid_minimum(lambda p: (p[0] ** 2 - 1) ** 2 + 0.3 * p[0], [(-2, 2)]), [scipy.optimize.minimize_scalar(lambda x: (x**2 - 1) ** 2 + 0.3 * x, bounds=(-2, 0), method="bounded", options={"xatol": 1e-10}).x], atol=1e-4)',
#     # the minimum of x on [1, 3] is on the edge of the box: the polish must not leave it
#     'np.allclose(grid_minimum(lambda p: p[0] + p[1] ** 2, [(1, 3), (-1, 1)]), [1.0, 0.0], atol=1e-4)',
#     'np.ndim(dip_x) == 1',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'global-optimization', 'minimization']
# ///
import numpy as np
from scipy import optimize


def grid_minimum(f, ranges, points_per_axis=41):
    """Global minimiser of f over a box, by grid search plus local polish.

    `ranges` is a list of (low, high) pairs, one per variable; f takes a
    1-D array of that length. f is evaluated on a regular grid of
    `points_per_axis` points per variable and the best grid point is
    refined by a Nelder-Mead search kept inside the box. Returns the
    minimiser as a 1-D float array.
    """
    # brute's default polish (fmin) ignores the box, so polish with bounds ourselves
    start = optimize.brute(f, ranges, Ns=points_per_axis, finish=None)
    polished = optimize.minimize(
        f,
        np.atleast_1d(start),
        method="Nelder-Mead",
        bounds=ranges,
        options={"xatol": 1e-8, "fatol": 1e-12},
    )
    return np.asarray(polished.x, dtype=float)


dip_x = grid_minimum(lambda p: p[0] * np.sin(p[0]), [(0.0, 12.0)])
