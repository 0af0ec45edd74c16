# /// example
# task = """
# Find a rough global starting point for the decay model `A * exp(-k * x) + C` fitted to the curve \
# `x`, `y`: minimise the sum of squared residuals over an 8 x 8 x 8 grid of the three parameters \
# (A from 0 to 10, k from 0.05 to 1, C from -2 to 4, end points included) with \
# `scipy.optimize.brute` without a finishing step, evaluating the grid points through the `map` of a `ThreadPoolExecutor` passed as `workers`; \
# store the best grid point in `grid_best` and its sum of squares in `grid_sse`."""
# prompt = """
# Before running curve_fit on my decay data `x`, `y` I want a rough global start for \
# `A * exp(-k * x) + C`: a brute-force grid search of the sum of squared residuals with 8 points \
# for each of the three parameters (A in [0, 10], k in [0.05, 1], C in [-2, 4], ends included), no local polishing \
# (`finish=None`). SciPy's brute can take any map-like callable as `workers`, so please evaluate the \
# grid with a thread pool's `map`. Store the best point in `grid_best` and its sum of squares in \
# `grid_sse`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'decay.x', y = 'decay.y' }
# checks = [
#     'np.shape(grid_best) == (3,)',
#     # the smallest sum of squares over the same grid
#     '''np.isclose(grid_sse, min(
#         np.sum((y - (a * np.exp(-k * x) + c)) ** 2)
#         for a in np.linspace(0, 10, 8) for k in np.linspace(0.05, 1, 8) for c in np.linspace(-2, 4, 8)
#     ), rtol=1e-9, atol=1e-12)''',
#     'np.isclose(np.sum((y - (grid_best[0] * np.exp(-grid_best[1] * x) + grid_best[2])) ** 2), grid_sse, rtol=1e-9, atol=1e-12)',
# ]
# difficulty = 'advanced'
# tags = ['parallelism', 'global-optimization', 'curve-fitting']
# [edge_cases]
# nan = false
# why = 'a sum of squared residuals needs finite data'
# ///
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy.optimize import brute


def sum_of_squares(params, x, y):
    amplitude, rate, offset = params
    return np.sum((y - (amplitude * np.exp(-rate * x) + offset)) ** 2)


# (low, high) ranges with Ns=8 give 8 points per axis, both ends included
ranges = ((0, 10), (0.05, 1), (-2, 4))
# workers takes any map-like callable: the pool's map evaluates the grid points in threads,
# so the locally defined objective never has to be pickled for worker processes
with ThreadPoolExecutor(max_workers=2) as executor:
    grid_best, grid_sse, _, _ = brute(
        sum_of_squares,
        ranges,
        args=(x, y),
        Ns=8,
        full_output=True,
        finish=None,
        workers=executor.map,
    )
