# /// example
# task = '''
# Write a function `steady_state` with the signature and docstring below, solving the
# discretised equations with SciPy's Newton-Krylov solver. Store in `empty_error` the message
# raised by `steady_state(np.array([]))`.
#
# ```python
# def steady_state(source, length=1.0):
#     """Steady profile u of -u'' + u**3 = source on (0, length), u = 0 at both ends.
#
#     source holds the source term at n >= 1 equally spaced interior points
#     (spacing h = length / (n + 1)); u'' is the second difference
#     (u[i-1] - 2 u[i] + u[i+1]) / h**2 with the zero end values. Returns u at
#     the interior points, with the equations' residuals below 1e-6 in
#     absolute value. Raises ValueError("need at least one interior point")
#     for an empty source.
#     """
# ```'''
# prompt = """
# I need a helper `steady_state(source, length=1.0)` for the nonlinear reaction-diffusion \
# equation -u'' + u**3 = source on (0, length) with u = 0 at both ends. `source` gives the source \
# at n equally spaced interior points (h = length / (n + 1)); discretise u'' with the usual \
# second difference (u[i-1] - 2 u[i] + u[i+1]) / h**2 using the zero end values, and solve the \
# resulting nonlinear system with scipy's Newton-Krylov solver so that every residual is below \
# 1e-6 in absolute value. Return u at the interior points, and raise \
# `ValueError("need at least one interior point")` for an empty source; store that message from \
# `steady_state(np.array([]))` in `empty_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # no source: the zero profile
#     'np.allclose(steady_state(np.zeros(20)), 0.0)',
#     # residuals of the discretised equations, written out with np.diff
#     '(lambda u: np.max(np.abs(-np.diff(np.concatenate([[0.0], u, [0.0]]), 2) * 51**2 + u**3 - 10.0)) < 1e-6)(steady_state(np.full(50, 10.0)))',
#     '(lambda u: np.max(np.abs(-np.diff(np.concatenate([[0.0], u, [0.0]]), 2) * (31 / 3.0) ** 2 + u**3 - 5 * np.sin(np.linspace(0, 3, 30)))) < 1e-6)(steady_state(5 * np.sin(np.linspace(0, 3, 30)), length=3.0))',
#     # a single interior point: (2 / h^2) u + u^3 = s with h = 0.5, so 8 u + u^3 = 9 gives u = 1
#     'np.allclose(steady_state(np.array([9.0])), [1.0], atol=1e-7)',
#     'np.shape(steady_state(np.ones(7))) == (7,)',
#     'empty_error == "need at least one interior point"',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'nonlinear-system', 'root-finding', 'boundary-value-problem', 'validation']
# ///
import numpy as np
from scipy import optimize


def steady_state(source, length=1.0):
    """Steady profile u of -u'' + u**3 = source on (0, length), u = 0 at both ends.

    source holds the source term at n >= 1 equally spaced interior points
    (spacing h = length / (n + 1)); u'' is the second difference
    (u[i-1] - 2 u[i] + u[i+1]) / h**2 with the zero end values. Returns u at
    the interior points, with the equations' residuals below 1e-6 in
    absolute value. Raises ValueError("need at least one interior point")
    for an empty source.
    """
    source = np.asarray(source, dtype=float)
    if source.size == 0:
        raise ValueError("need at least one interior point")
    h = length / (source.size + 1)

    def residual(u):
        padded = np.concatenate([[0.0], u, [0.0]])
        return -(padded[:-2] - 2 * u + padded[2:]) / h**2 + u**3 - source

    # Newton-Krylov needs only residuals: the Jacobian is applied by finite differences
    return optimize.newton_krylov(residual, np.zeros_like(source), f_tol=1e-9)


try:
    steady_state(np.array([]))
except ValueError as error:
    empty_error = str(error)
