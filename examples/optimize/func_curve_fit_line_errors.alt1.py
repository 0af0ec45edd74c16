import numpy as np


def fit_line(x, y):
    """Least-squares straight line y = slope * x + intercept.

    Returns the tuple (params, errors) of float arrays: params is
    [slope, intercept] and errors their standard errors, the square roots
    of the diagonal of the parameter covariance scaled by the residual
    variance (n - 2 degrees of freedom). Raises
    ValueError("need at least 3 points") for fewer than 3 points.
    """
    xs = np.asarray(x, dtype=float)
    ys = np.asarray(y, dtype=float)
    n = xs.size
    if n < 3:
        raise ValueError("need at least 3 points")
    design = np.column_stack([xs, np.ones(n)])
    coef, *_ = np.linalg.lstsq(design, ys, rcond=None)
    residual_var = np.sum((ys - design @ coef) ** 2) / (n - 2)
    covariance = residual_var * np.linalg.inv(design.T @ design)
    return coef, np.sqrt(np.diag(covariance))


line_fit = fit_line(x, y)
try:
    fit_line([0.0, 1.0], [2.0, 3.0])
except ValueError as exc:
    few_error = str(exc)
