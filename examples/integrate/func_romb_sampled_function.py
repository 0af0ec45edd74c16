# /// example
# task = '''
# Write the function `romberg_integral` below with `scipy.integrate.romb` and store
# `romberg_integral(np.exp, 0.0, 1.0, 4)` in `exp_estimate` and the message raised for k = 0 in
# `k_error`.
#
# ```python
# def romberg_integral(f, a, b, k):
#     """Romberg estimate of the integral of the vectorised f over [a, b].
#
#     Samples f at 2**k + 1 equally spaced points (k >= 1) and applies
#     Romberg extrapolation. Raises ValueError("k must be at least 1")
#     otherwise.
#     """
# ```'''
# prompt = """
# Please write `romberg_integral(f, a, b, k)` that samples a vectorised f at 2**k + 1 evenly \
# spaced points on [a, b] and returns SciPy's Romberg (romb) estimate, raising \
# `ValueError("k must be at least 1")` for k < 1. Store `romberg_integral(np.exp, 0.0, 1.0, 4)` \
# in `exp_estimate` and the error message for k = 0 in `k_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(exp_estimate, np.e - 1, rtol=1e-12)',
#     # with 2**k intervals Romberg integrates polynomials up to degree 2k + 1 exactly
#     'np.isclose(romberg_integral(lambda x: 7 * x**5 - x**2, -1.0, 2.0, 2), 7 * (64 - 1) / 6 - (8 + 1) / 3, rtol=1e-12)',
#     # k = 1 is Simpson's rule with three points
#     'np.isclose(romberg_integral(lambda x: x**4, 0.0, 2.0, 1), (0 + 4 * 1 + 16) / 3)',
#     'np.isclose(romberg_integral(np.sin, 0.0, np.pi, 5), 2.0, atol=1e-9)',
#     'k_error == "k must be at least 1"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'quadrature', 'sampled-data', 'validation']
# ///
import numpy as np
from scipy.integrate import romb


def romberg_integral(f, a, b, k):
    """Romberg estimate of the integral of the vectorised f over [a, b].

    Samples f at 2**k + 1 equally spaced points (k >= 1) and applies
    Romberg extrapolation. Raises ValueError("k must be at least 1")
    otherwise.
    """
    if k < 1:
        raise ValueError("k must be at least 1")
    # romb needs 2**k + 1 samples: it halves the step k times
    x = np.linspace(a, b, 2**k + 1)
    return romb(f(x), dx=x[1] - x[0])


exp_estimate = romberg_integral(np.exp, 0.0, 1.0, 4)

try:
    romberg_integral(np.exp, 0.0, 1.0, 0)
except ValueError as error:
    k_error = str(error)
