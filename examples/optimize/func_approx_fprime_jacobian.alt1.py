import numpy as np
from scipy.optimize import approx_fprime


def numerical_jacobian(fun, x):
    """Finite-difference Jacobian of a vector function at x.

    fun maps a 1-D array of length n to a 1-D array of length m; returns
    the (m, n) array of partial derivatives d fun_i / d x_j, accurate to
    about 1e-6 for smooth functions of moderate size. Raises
    ValueError("x must be a 1-D array") for other shapes of x.
    """
    point = np.array(x, dtype=float)
    if point.ndim != 1:
        raise ValueError("x must be a 1-D array")
    # a forward step relative to each coordinate's size stays accurate for large coordinates too
    steps = np.sqrt(np.finfo(float).eps) * np.maximum(1.0, np.abs(point))
    return approx_fprime(point, fun, steps)


try:
    numerical_jacobian(np.sin, np.ones((2, 2)))
except ValueError as exc:
    dim_error = str(exc)
