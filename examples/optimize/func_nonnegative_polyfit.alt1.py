import numpy as np
from scipy.optimize import nnls


def nonneg_polyfit(x, y, degree):
    """Least-squares polynomial fit of y against x whose coefficients are all
    >= 0, solved as a bounded linear least-squares problem.

    Returns the coefficients in increasing powers (c0, c1, ..., c_degree)
    as a float array of length degree + 1. Raises ValueError if there are
    fewer points than coefficients (len(x) < degree + 1).
    """
    x = np.asarray(x, dtype=float)
    if x.size < degree + 1:
        raise ValueError("fewer points than coefficients")
    powers = x[:, None] ** np.arange(degree + 1)
    # non-negative least squares is bounded least squares with bounds [0, inf)
    coefficients, _ = nnls(powers, np.asarray(y, dtype=float))
    return coefficients
