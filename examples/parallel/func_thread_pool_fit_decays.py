# /// example
# task = '''
# Write a function `fit_decays` with the signature and docstring below, running one
# `scipy.optimize.curve_fit` per dataset in a `ThreadPoolExecutor`. Apply it to three noisy decays
# measured at `t = np.linspace(0, 10, 40)`: `A * np.exp(-k * t) + C` with (A, k, C) = (5, 0.4, 1),
# (2, 1.5, 0.5) and (8, 0.2, -1), plus normal noise of standard deviation 0.05 from
# `np.random.default_rng(0)`; store the curves in the list `datasets` of (t, y) pairs and the fitted
# parameters in `params`.
#
# ```python
# def fit_decays(datasets, max_workers=2):
#     """Fit y = A * exp(-k * x) + C to every (x, y) pair of `datasets` in a thread pool.
#
#     Each fit starts from A = y[0] - y[-1], k = 1 / (x[-1] - x[0]), C = y[-1].
#     Returns an (n, 3) float array of the fitted (A, k, C), one row per dataset in
#     the order given; an empty list gives an array of shape (0, 3).
#     """
# ```'''
# prompt = '''
# I fit an exponential decay `y = A * exp(-k * x) + C` to many measured curves and want to do it in
# a thread pool. Write `fit_decays(datasets, max_workers=2)` taking a list of (x, y) pairs, starting
# each fit from A = y[0] - y[-1], k = 1 / (x[-1] - x[0]), C = y[-1], and returning an (n, 3) array of
# (A, k, C) rows in input order (shape (0, 3) for an empty list). Test it on three curves at
# `t = np.linspace(0, 10, 40)` with (A, k, C) = (5, 0.4, 1), (2, 1.5, 0.5) and (8, 0.2, -1) plus
# noise with sd 0.05 from `np.random.default_rng(0)`: the list of (t, y) pairs in `datasets`, the
# fits in `params`.
#
# ```python
# def fit_decays(datasets, max_workers=2):
#     """Fit y = A * exp(-k * x) + C to every (x, y) pair of `datasets` in a thread pool.
#
#     Each fit starts from A = y[0] - y[-1], k = 1 / (x[-1] - x[0]), C = y[-1].
#     Returns an (n, 3) float array of the fitted (A, k, C), one row per dataset in
#     the order given; an empty list gives an array of shape (0, 3).
#     """
# ```'''
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'params.shape == (3, 3) and len(datasets) == 3',
#     # the same least-squares fits, one at a time
#     'np.allclose(params, [scipy.optimize.curve_fit(lambda x, a, k, c: a * np.exp(-k * x) + c, x, y, p0=(y[0] - y[-1], 1 / (x[-1] - x[0]), y[-1]))[0] for x, y in datasets], rtol=1e-4, atol=1e-6)',
#     'np.allclose(params, [[5, 0.4, 1], [2, 1.5, 0.5], [8, 0.2, -1]], rtol=0.1, atol=0.1)',
#     'np.allclose(fit_decays([(np.linspace(0, 5, 30), 3 * np.exp(-0.7 * np.linspace(0, 5, 30)) + 2)]), [[3, 0.7, 2]], rtol=1e-5)',
#     'np.allclose(fit_decays([(np.arange(20.0), np.exp(-np.arange(20.0))), (np.arange(20.0), 4 - 2 * np.exp(-0.1 * np.arange(20.0)))], max_workers=1), [[1, 1, 0], [-2, 0.1, 4]], rtol=1e-4, atol=1e-7)',
#     'fit_decays([]).shape == (0, 3)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'parallelism', 'curve-fitting']
# ///
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy.optimize import curve_fit


def decay(x, amplitude, rate, offset):
    return amplitude * np.exp(-rate * x) + offset


def fit_decays(datasets, max_workers=2):
    """Fit y = A * exp(-k * x) + C to every (x, y) pair of `datasets` in a thread pool.

    Each fit starts from A = y[0] - y[-1], k = 1 / (x[-1] - x[0]), C = y[-1].
    Returns an (n, 3) float array of the fitted (A, k, C), one row per dataset in
    the order given; an empty list gives an array of shape (0, 3).
    """

    def fit_one(pair):
        x, y = np.asarray(pair[0], dtype=float), np.asarray(pair[1], dtype=float)
        start = (y[0] - y[-1], 1 / (x[-1] - x[0]), y[-1])
        fitted, _ = curve_fit(decay, x, y, p0=start)
        return fitted

    with ThreadPoolExecutor(max_workers=max_workers) as executor:
        # map yields the fits in the order of `datasets`, whichever thread finished first
        fits = list(executor.map(fit_one, datasets))
    return np.array(fits, dtype=float).reshape(-1, 3)


rng = np.random.default_rng(0)
t = np.linspace(0, 10, 40)
datasets = [
    (t, decay(t, *true) + rng.normal(0, 0.05, t.size))
    for true in [(5, 0.4, 1), (2, 1.5, 0.5), (8, 0.2, -1)]
]
params = fit_decays(datasets)
