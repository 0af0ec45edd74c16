# /// example
# task = '''
# Write a function `numerical_jacobian` with the signature and docstring below, using SciPy's
# finite-difference gradient helper (which also handles vector-valued functions). Store in
# `dim_error` the message raised by `numerical_jacobian(np.sin, np.ones((2, 2)))`.
#
# ```python
# def numerical_jacobian(fun, x):
#     """Finite-difference Jacobian of a vector function at x.
#
#     fun maps a 1-D array of length n to a 1-D array of length m; returns
#     the (m, n) array of partial derivatives d fun_i / d x_j, accurate to
#     about 1e-6 for smooth functions of moderate size. Raises
#     ValueError("x must be a 1-D array") for other shapes of x.
#     """
# ```'''
# prompt = """
# To check my hand-derived Jacobians I want `numerical_jacobian(fun, x)`: for a function mapping \
# a length-n 1-D array to a length-m 1-D array, return the (m, n) matrix of partial derivatives \
# d fun_i / d x_j by finite differences (scipy has a helper for this), good to about 1e-6 for \
# smooth functions. It should raise `ValueError("x must be a 1-D array")` for any other shape of \
# x; keep the message from `numerical_jacobian(np.sin, np.ones((2, 2)))` in `dim_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # a linear map's Jacobian is its (non-square) matrix
#     'np.allclose(numerical_jacobian(lambda v: np.array([[1.0, 2.0, 0.0], [0.0, -1.0, 3.0]]) @ v, np.array([0.3, -1.0, 2.0])), [[1.0, 2.0, 0.0], [0.0, -1.0, 3.0]], atol=1e-6)',
#     # polar to Cartesian at r = 2, theta = 0.5
#     'np.allclose(numerical_jacobian(lambda p: np.array([p[0] * np.cos(p[1]), p[0] * np.sin(p[1])]), np.array([2.0, 0.5])), [[np.cos(0.5), -2 * np.sin(0.5)], [np.sin(0.5), 2 * np.cos(0.5)]], atol=1e-6)',
#     # three outputs of two inputs: shape (m, n) = (3, 2)
#     'np.shape(numerical_jacobian(lambda v: np.array([v[0] * v[1], np.exp(v[0]), v[1] ** 2]), np.array([1.0, 2.0]))) == (3, 2)',
#     'np.allclose(numerical_jacobian(lambda v: np.array([v[0] * v[1], np.exp(v[0]), v[1] ** 2]), np.array([1.0, 2.0])), [[2.0, 1.0], [np.e, 0.0], [0.0, 4.0]], atol=1e-6)',
#     'dim_error == "x must be a 1-D array"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'derivatives', 'validation']
# ///
import numpy as np
from scipy import optimize


def numerical_jacobian(fun, x):
    """Finite-difference Jacobian of a vector function at x.

    fun maps a 1-D array of length n to a 1-D array of length m; returns
    the (m, n) array of partial derivatives d fun_i / d x_j, accurate to
    about 1e-6 for smooth functions of moderate size. Raises
    ValueError("x must be a 1-D array") for other shapes of x.
    """
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("x must be a 1-D array")
    # for a vector-valued fun approx_fprime returns the full (m, n) Jacobian;
    # the default step sqrt(machine epsilon) balances truncation and rounding error
    return optimize.approx_fprime(x, fun)


try:
    numerical_jacobian(np.sin, np.ones((2, 2)))
except ValueError as error:
    dim_error = str(error)
