import numpy as np
import scipy.optimize as so


def logistic(x, K, r, x0):
    return K / (1 + np.exp(-r * (x - x0)))


x_min, x_max = np.min(x), np.max(x)
K0 = max(np.max(y), 1e-9)
# midpoint guess: the first x where the data pass half their maximum
above = np.flatnonzero(y >= K0 / 2)
x0_guess = x[above[0]] if above.size else 0.5 * (x_min + x_max)
r0 = 4.0 / max(x_max - x_min, 1e-12)

popt, pcov = so.curve_fit(
    logistic,
    x,
    y,
    p0=[K0, r0, x0_guess],
    bounds=([0, 0, x_min], [np.inf, np.inf, x_max]),
)
perr = np.sqrt(np.diag(pcov))
