# /// example
# task = '''
# Write a function `integrate_intervals` with the signature and docstring below, running one
# `scipy.integrate.quad` call per interval in a `ThreadPoolExecutor`. Apply it to `np.exp(-x**2)`
# over the intervals [0, 1], [1, 2] and [2, 3], storing the result in `pieces`.
#
# ```python
# def integrate_intervals(func, edges, max_workers=2):
#     """Integrate func over consecutive intervals [edges[i], edges[i + 1]].
#
#     Runs one quad call per interval in a thread pool and returns a float array
#     of len(edges) - 1 integrals, in interval order (empty for fewer than two edges).
#     """
# ```'''
# prompt = '''
# I need the integral of a function over each interval between consecutive edges, computed in a
# thread pool with scipy's quad. Please write `integrate_intervals(func, edges, max_workers=2)` that
# returns a float array of the `len(edges) - 1` integrals in interval order, and an empty array for
# fewer than two edges. Use it for `np.exp(-x**2)` with edges 0, 1, 2, 3 and put the result in
# `pieces`.
#
# ```python
# def integrate_intervals(func, edges, max_workers=2):
#     """Integrate func over consecutive intervals [edges[i], edges[i + 1]].
#
#     Runs one quad call per interval in a thread pool and returns a float array
#     of len(edges) - 1 integrals, in interval order (empty for fewer than two edges).
#     """
# ```'''
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # the three pieces add up to the integral over [0, 3]: sqrt(pi) / 2 * erf(3)
#     'pieces.shape == (3,) and np.isclose(pieces.sum(), np.sqrt(np.pi) / 2 * scipy.special.erf(3))',
#     'np.allclose(pieces, np.sqrt(np.pi) / 2 * np.diff(scipy.special.erf([0.0, 1.0, 2.0, 3.0])))',
#     'np.allclose(integrate_intervals(np.sin, [0.0, np.pi / 2, np.pi, 2 * np.pi]), [1.0, 1.0, -2.0])',
#     'np.allclose(integrate_intervals(lambda x: 3 * x**2, [1.0, 0.0, 2.0], max_workers=1), [-1.0, 8.0])',
#     'integrate_intervals(np.cos, [5.0]).shape == (0,) and integrate_intervals(np.cos, []).shape == (0,)',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'parallelism', 'quadrature']
# ///
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy.integrate import quad


def integrate_intervals(func, edges, max_workers=2):
    """Integrate func over consecutive intervals [edges[i], edges[i + 1]].

    Runs one quad call per interval in a thread pool and returns a float array
    of len(edges) - 1 integrals, in interval order (empty for fewer than two edges).
    """
    edges = list(edges)
    with ThreadPoolExecutor(max_workers=max_workers) as executor:
        # map takes the lower and the upper limits as two iterables and keeps their order;
        # quad returns (value, error estimate)
        results = executor.map(quad, [func] * max(len(edges) - 1, 0), edges[:-1], edges[1:])
        return np.array([value for value, _ in results], dtype=float)


pieces = integrate_intervals(lambda x: np.exp(-(x**2)), [0.0, 1.0, 2.0, 3.0])
