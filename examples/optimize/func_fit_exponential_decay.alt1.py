import numpy as np
from scipy.optimize import least_squares


def fit_decay(x, y):
    """Fit y = amplitude * exp(-rate * x) + offset by least squares.

    Pairs where x or y is NaN are dropped first. Returns the tuple
    (amplitude, rate, offset) of floats. Raises
    ValueError("need at least 4 points") when fewer than 4 pairs remain.
    """
    xs = np.asarray(x, dtype=float)
    ys = np.asarray(y, dtype=float)
    valid = np.isfinite(xs) & np.isfinite(ys)
    xs, ys = xs[valid], ys[valid]
    if xs.size < 4:
        raise ValueError("need at least 4 points")
    order = np.argsort(xs)
    xs, ys = xs[order], ys[order]

    def residuals(params):
        amplitude, rate, offset = params
        return amplitude * np.exp(-rate * xs) + offset - ys

    start = [ys[0] - ys[-1], 1.0 / (xs[-1] - xs[0]), ys[-1]]
    solution = least_squares(residuals, start, method="lm", xtol=1e-12, ftol=1e-12)
    amplitude, rate, offset = solution.x
    return float(amplitude), float(rate), float(offset)


params = fit_decay(x, y)
try:
    fit_decay([0.0, 1.0, 2.0], [3.0, 2.0, 1.5])
except ValueError as exc:
    few_error = str(exc)
