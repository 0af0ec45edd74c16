# /// example
# task = '''
# Write the function `gauss_integral` below, a thin wrapper around
# `scipy.integrate.fixed_quad` that also reports how far the n-point result moved from the
# (n + 5)-point result. Store `gauss_integral(np.exp, 0.0, 1.0, 3)` in `example_result` and
# the message raised for n = 0 in `order_error`.
#
# ```python
# def gauss_integral(f, a, b, n=5):
#     """Gauss-Legendre estimate of the integral of f over [a, b].
#
#     Returns (value, change): value uses n points, change is
#     abs(value - value with n + 5 points). f must accept arrays.
#     Raises ValueError("n must be a positive integer") for n < 1.
#     """
# ```'''
# prompt = """
# I want `gauss_integral(f, a, b, n=5)` built on fixed_quad: return the n-point Gauss-Legendre \
# value and, as a cheap error indicator, the absolute change from the (n + 5)-point value, as \
# a pair. f is vectorised. For n < 1 raise `ValueError("n must be a positive integer")`. \
# Put `gauss_integral(np.exp, 0.0, 1.0, 3)` in `example_result` and the error message for \
# n = 0 in `order_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(example_result[0], np.sum(np.polynomial.legendre.leggauss(3)[1] * np.exp((np.polynomial.legendre.leggauss(3)[0] + 1) / 2)) / 2, rtol=1e-13)',
#     'np.isclose(example_result[1], abs(example_result[0] - (np.e - 1)), rtol=1e-6)',
#     # n-point Gauss-Legendre is exact for polynomials up to degree 2n - 1
#     'np.isclose(gauss_integral(lambda x: x**5 - 2 * x**2, -1.0, 2.0, 3)[0], (2**6 - 1) / 6 - 2 * (8 + 1) / 3, rtol=1e-12)',
#     'gauss_integral(lambda x: x**5 - 2 * x**2, -1.0, 2.0, 3)[1] < 1e-12',
#     'np.isclose(gauss_integral(np.sin, 0.0, np.pi)[0], 2.0, atol=1e-4) and gauss_integral(np.sin, 0.0, np.pi)[1] > 1e-7',
#     'np.isclose(gauss_integral(np.cos, 0.0, 1.0, 1)[0], np.cos(0.5))',
#     'order_error == "n must be a positive integer"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'gaussian-quadrature', 'validation']
# ///
import numpy as np
from scipy.integrate import fixed_quad


def gauss_integral(f, a, b, n=5):
    """Gauss-Legendre estimate of the integral of f over [a, b].

    Returns (value, change): value uses n points, change is
    abs(value - value with n + 5 points). f must accept arrays.
    Raises ValueError("n must be a positive integer") for n < 1.
    """
    if n < 1:
        raise ValueError("n must be a positive integer")
    value, _ = fixed_quad(f, a, b, n=n)
    # five more nodes give a far more accurate reference for smooth integrands
    finer, _ = fixed_quad(f, a, b, n=n + 5)
    return value, abs(value - finer)


example_result = gauss_integral(np.exp, 0.0, 1.0, 3)

try:
    gauss_integral(np.exp, 0.0, 1.0, 0)
except ValueError as error:
    order_error = str(error)
