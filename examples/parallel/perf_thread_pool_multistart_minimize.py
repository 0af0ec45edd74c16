# /// example
# task = """
# This multistart search minimises Himmelblau's function `(x**2 + y - 11)**2 + (x + y**2 - 7)**2` \
# with `scipy.optimize.minimize` (default method) from each of the 25 points of the 5 x 5 grid \
# `starts` over [-5, 5] x [-5, 5], one start after the other, storing every run's final value in \
# `final_values` (in the order of `starts`) and the best point in `best_x`:
#
# ```python
# import numpy as np
# from scipy.optimize import minimize
#
#
# def himmelblau(p):
#     x, y = p
#     return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2
#
#
# grid = np.linspace(-5, 5, 5)
# starts = np.array([(x, y) for x in grid for y in grid])
# results = [minimize(himmelblau, x0) for x0 in starts]
# final_values = np.array([res.fun for res in results])
# best_x = results[int(np.argmin(final_values))].x
# ```
#
# Run the independent starts in parallel with a `multiprocessing.pool.ThreadPool` of 2 threads \
# instead, keeping the same outputs."""
# prompt = """
# I do a multistart minimisation of Himmelblau's function with scipy's `minimize` from the 25 \
# points of a 5 x 5 grid `starts` on [-5, 5]^2, keeping all final values (in start order) in \
# `final_values` and the best point in `best_x`:
#
# ```python
# import numpy as np
# from scipy.optimize import minimize
#
#
# def himmelblau(p):
#     x, y = p
#     return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2
#
#
# grid = np.linspace(-5, 5, 5)
# starts = np.array([(x, y) for x in grid for y in grid])
# results = [minimize(himmelblau, x0) for x0 in starts]
# final_values = np.array([res.fun for res in results])
# best_x = results[int(np.argmin(final_values))].x
# ```
#
# The starts are independent, so I'd like to run them on a `multiprocessing` ThreadPool with 2 \
# threads and get the same results."""
# task_type = 'performance'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'starts.shape == (25, 2) and np.allclose(np.unique(starts[:, 0]), np.linspace(-5, 5, 5))',
#     'np.allclose(final_values, [scipy.optimize.minimize(lambda p: (p[0] ** 2 + p[1] - 11) ** 2 + (p[0] + p[1] ** 2 - 7) ** 2, x0).fun for x0 in starts], atol=1e-10)',
#     # every minimum of Himmelblau's function is 0
#     '(best_x[0] ** 2 + best_x[1] - 11) ** 2 + (best_x[0] + best_x[1] ** 2 - 7) ** 2 < 1e-8',
#     # the end point of the start whose final value is lowest
#     'np.allclose(best_x, scipy.optimize.minimize(lambda p: (p[0] ** 2 + p[1] - 11) ** 2 + (p[0] + p[1] ** 2 - 7) ** 2, starts[np.argmin(final_values)]).x)',
# ]
# difficulty = 'advanced'
# tags = ['global-optimization', 'minimization']
# ///
from functools import partial
from multiprocessing.pool import ThreadPool

import numpy as np
from scipy.optimize import minimize


def himmelblau(p):
    x, y = p
    return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2


grid = np.linspace(-5, 5, 5)
starts = np.array([(x, y) for x in grid for y in grid])
# a thread pool, not a process pool: himmelblau, defined here, need not be pickled.
# map keeps the order of `starts`; leaving the with-block terminates the pool
with ThreadPool(processes=2) as pool:
    results = pool.map(partial(minimize, himmelblau), starts)
final_values = np.array([res.fun for res in results])
best_x = results[int(np.argmin(final_values))].x
