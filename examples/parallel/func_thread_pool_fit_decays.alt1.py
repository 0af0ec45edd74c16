import concurrent.futures

import numpy as np
import scipy.optimize


def model(x, a, k, c):
    return a * np.exp(-k * x) + c


def fit_decays(datasets, max_workers=2):
    """Fit y = A * exp(-k * x) + C to every (x, y) pair of `datasets` in a thread pool."""
    params = np.empty((len(datasets), 3))
    with concurrent.futures.ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = []
        for x, y in datasets:
            x, y = np.asarray(x, float), np.asarray(y, float)
            p0 = [y[0] - y[-1], 1.0 / (x[-1] - x[0]), y[-1]]
            futures.append(pool.submit(scipy.optimize.curve_fit, model, x, y, p0=p0))
        # the futures list keeps the datasets' order; result() returns (popt, pcov)
        for row, future in enumerate(futures):
            params[row] = future.result()[0]
    return params


rng = np.random.default_rng(0)
t = np.linspace(0, 10, 40)
datasets = []
for a, k, c in [(5, 0.4, 1), (2, 1.5, 0.5), (8, 0.2, -1)]:
    datasets.append((t, model(t, a, k, c) + rng.normal(0.0, 0.05, size=t.size)))
params = fit_decays(datasets)
