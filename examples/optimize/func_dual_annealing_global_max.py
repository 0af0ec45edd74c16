# /// example
# task = '''
# Write a function `global_maximum` with the signature and docstring below, and store in `hotspot`
# its result for the heat map h(x, y) = exp(-((x - 1)^2 + (y - 1)^2) / 0.5)
# + 1.5 exp(-((x + 2)^2 + (y - 0.5)^2) / 0.2) on the square -4 <= x, y <= 4.
#
# ```python
# def global_maximum(f, bounds, seed=0):
#     """Global maximum of f over a box.
#
#     `bounds` is a list of (low, high) pairs, one per variable, and f takes a
#     1-D array. The search is dual annealing on -f (500 iterations), seeded
#     with `seed` so the result is reproducible, with its default local
#     polishing. Returns the tuple (x_best, f_best): a 1-D float array and a
#     float.
#     """
# ```'''
# prompt = """
# A local optimiser keeps finding the smaller hot spot of my maps, so please write \
# `global_maximum(f, bounds, seed=0)`: maximise f (taking a 1-D array) over the box given by the \
# (low, high) pairs in `bounds` with 500 iterations of dual annealing on -f, seeded by `seed`, \
# and return `(x_best, f_best)` as a float array and a float. Use it on the heat map \
# h(x, y) = exp(-((x - 1)^2 + (y - 1)^2) / 0.5) + 1.5 exp(-((x + 2)^2 + (y - 0.5)^2) / 0.2) over \
# -4 <= x, y <= 4, and keep the result in `hotspot`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # the taller peak (height 1.5 at (-2, 0.5)) wins over the wider one at (1, 1)
#     'np.allclose(hotspot[0], [-2.0, 0.5], atol=1e-4) and np.isclose(hotspot[1], 1.5, atol=1e-6)',
#     # a Rastrigin-like landscape, flipped: many local maxima, the global one at (0.3, -0.7)
#     'np.allclose(global_maximum(lambda p: -np.sum((p - [0.3, -0.7]) ** 2 - 10 * np.cos(2 * np.pi * (p - [0.3, -0.7]))), [(-5, 5), (-5, 5)])[0], [0.3, -0.7], atol=1e-4)',
#     'np.allclose(np.hstack(global_maximum(lambda p: np.cos(2 * np.pi * p[0]) - p[0] ** 2 / 10, [(-5.0, 5.0)])), [0.0, 1.0], atol=1e-5)',
#     # a plane rises to the corner of the box
#     'np.allclose(global_maximum(lambda p: p[0] + 2 * p[1], [(0, 1), (0, 1)])[0], [1.0, 1.0], atol=1e-6)',
#     'isinstance(hotspot[1], float) and np.ndim(hotspot[0]) == 1',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'global-optimization']
# ///
import numpy as np
from scipy import optimize


def global_maximum(f, bounds, seed=0):
    """Global maximum of f over a box.

    `bounds` is a list of (low, high) pairs, one per variable, and f takes a
    1-D array. The search is dual annealing on -f (500 iterations), seeded
    with `seed` so the result is reproducible, with its default local
    polishing. Returns the tuple (x_best, f_best): a 1-D float array and a
    float.
    """
    # the optimisers minimise, so maximise f by minimising -f
    result = optimize.dual_annealing(lambda x: -f(x), bounds, seed=seed, maxiter=500)
    return np.asarray(result.x, dtype=float), float(-result.fun)


def heat(point):
    x, y = point
    return np.exp(-((x - 1) ** 2 + (y - 1) ** 2) / 0.5) + 1.5 * np.exp(
        -((x + 2) ** 2 + (y - 0.5) ** 2) / 0.2
    )


hotspot = global_maximum(heat, [(-4, 4), (-4, 4)])
