import numpy as np
from scipy.optimize import curve_fit


def logistic(t, K, r, x0):
    return K / (1 + np.exp(-r * (t - x0)))


rng = np.random.default_rng(3)
y_missing = np.array(y, dtype=float)
n_missing = max(1, int(0.1 * y_missing.size))
y_missing[rng.choice(y_missing.size, size=n_missing, replace=False)] = np.nan

lo, hi = np.min(x), np.max(x)
p0 = [np.nanmax(y_missing), 1.0, np.median(x)]
popt, _ = curve_fit(
    logistic,
    x,
    y_missing,
    p0=p0,
    bounds=([0, 0, lo], [np.inf, np.inf, hi]),
    nan_policy="omit",
)
