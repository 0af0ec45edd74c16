# /// example
# task = """
# Fit the Gaussian peak `A * exp(-(x - mu)**2 / (2 * sigma**2))` to the curve `x`, `y` by \
# minimising the sum of squared residuals with `scipy.optimize.differential_evolution` over the \
# bounds of the three parameters A in [0, 10], mu in [0, 10], sigma in [0.1, 5] (`rng=0`, `popsize=8`, no final \
# polishing), evaluating each generation's candidates through the `map` of a `ThreadPoolExecutor` \
# passed as `workers` (with `updating="deferred"`); store the optimiser's result in `result`."""
# prompt = """
# I want a global fit of a Gaussian peak `A * exp(-(x - mu)**2 / (2 * sigma**2))` to my data `x`, \
# `y` with differential evolution (least squares over the three parameters; A in [0, 10], mu in [0, 10], sigma in [0.1, 5]; \
# `rng=0`; `popsize=8`; `polish=False`). My objective is defined in my script, so process-based \
# workers can't pickle it: evaluate the population through a thread pool's `map` as `workers` \
# instead, with deferred updating. Store the result object in `result`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'peak.x', y = 'peak.y' }
# checks = [
#     'result.x.shape == (3,) and np.all(result.x >= [0, 0, 0.1]) and np.all(result.x <= [10, 10, 5])',
#     'np.isclose(result.fun, np.sum((y - result.x[0] * np.exp(-((x - result.x[1]) ** 2) / (2 * result.x[2] ** 2))) ** 2))',
#     # the same search evaluated serially: the threads change where, not what, is computed
#     '''np.allclose(result.x, scipy.optimize.differential_evolution(
#         lambda p: np.sum((y - p[0] * np.exp(-((x - p[1]) ** 2) / (2 * p[2] ** 2))) ** 2),
#         [(0, 10), (0, 10), (0.1, 5)], rng=0, popsize=8, polish=False, updating="deferred",
#     ).x)''',
# ]
# difficulty = 'advanced'
# tags = ['parallelism', 'global-optimization', 'curve-fitting']
# edge_cases = true
# # rng= replaced seed= in SciPy 1.15
# requires = { scipy = ">=1.15" }
# ///
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy.optimize import differential_evolution


def sum_of_squares(params):
    amplitude, centre, width = params
    return np.sum((y - amplitude * np.exp(-((x - centre) ** 2) / (2 * width**2))) ** 2)


bounds = [(0, 10), (0, 10), (0.1, 5)]
# a map-like callable as workers: a whole generation is evaluated by the pool's threads, which
# needs the deferred (generation-at-a-time) update of the population
with ThreadPoolExecutor(max_workers=2) as executor:
    result = differential_evolution(
        sum_of_squares,
        bounds,
        rng=0,
        popsize=8,  # 8 x 3 candidates per generation: enough for three parameters
        polish=False,
        updating="deferred",
        workers=executor.map,
    )
