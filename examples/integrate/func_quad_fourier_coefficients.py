# /// example
# task = '''
# Write a function `fourier_coefficients` with the signature and docstring below, and store in
# `square_b` the sine coefficients b_0 .. b_5 of the square wave sign(sin(x)) with period 2 pi.
#
# ```python
# def fourier_coefficients(f, period, n_max):
#     """Fourier series coefficients of the periodic function f.
#
#     Over one period [0, period], with w_n = 2 pi n / period:
#     a_n = (2 / period) * integral of f(x) cos(w_n x) and
#     b_n = (2 / period) * integral of f(x) sin(w_n x), for n = 0 .. n_max
#     (so b_0 = 0 and a_0 / 2 is the mean). Uses quadrature with cosine and
#     sine weights. Returns the float arrays (a, b), each of length n_max + 1.
#     """
# ```'''
# prompt = """
# For a signals class I want `fourier_coefficients(f, period, n_max)` returning arrays `(a, b)` of \
# length n_max + 1 with a_n = (2/period) * integral over [0, period] of f(x) cos(2 pi n x / period) \
# and b_n the same with sin (b_0 = 0), computed with the quadrature routine's cos/sin weight \
# option rather than multiplying by hand. Give me b_0 .. b_5 of the square wave sign(sin(x)) \
# (period 2 pi) in `square_b`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # square wave: b_n = 4 / (n pi) for odd n, 0 for even n
#     'np.allclose(square_b, [0.0, 4 / np.pi, 0.0, 4 / (3 * np.pi), 0.0, 4 / (5 * np.pi)], atol=1e-8)',
#     # the ramp f(x) = x on [0, 2 pi): a_0 = 2 pi, a_n = 0, b_n = -2 / n
#     'np.allclose(fourier_coefficients(lambda x: x, 2 * np.pi, 4)[0], [2 * np.pi, 0.0, 0.0, 0.0, 0.0], atol=1e-8)',
#     'np.allclose(fourier_coefficients(lambda x: x, 2 * np.pi, 4)[1], [0.0, -2.0, -1.0, -2 / 3, -0.5], atol=1e-8)',
#     # a trigonometric polynomial with period 4 gives back its own coefficients
#     'np.allclose(np.vstack(fourier_coefficients(lambda x: 1.5 + np.cos(3 * np.pi * x / 2) - 0.5 * np.sin(np.pi * x / 2), 4.0, 3)), [[3.0, 0.0, 0.0, 1.0], [0.0, -0.5, 0.0, 0.0]], atol=1e-8)',
#     'len(fourier_coefficients(np.cos, 2 * np.pi, 0)[0]) == 1',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'quadrature', 'special-integrand', 'fourier-transform']
# ///
import numpy as np
from scipy import integrate


def fourier_coefficients(f, period, n_max):
    """Fourier series coefficients of the periodic function f.

    Over one period [0, period], with w_n = 2 pi n / period:
    a_n = (2 / period) * integral of f(x) cos(w_n x) and
    b_n = (2 / period) * integral of f(x) sin(w_n x), for n = 0 .. n_max
    (so b_0 = 0 and a_0 / 2 is the mean). Uses quadrature with cosine and
    sine weights. Returns the float arrays (a, b), each of length n_max + 1.
    """
    a = np.zeros(n_max + 1)
    b = np.zeros(n_max + 1)
    for n in range(n_max + 1):
        omega = 2 * np.pi * n / period
        # weight="cos"/"sin" integrates f(x) * cos(omega x) with a rule built for oscillation
        a[n] = integrate.quad(f, 0, period, weight="cos", wvar=omega)[0] * 2 / period
        if n > 0:
            b[n] = integrate.quad(f, 0, period, weight="sin", wvar=omega)[0] * 2 / period
    return a, b


_, square_b = fourier_coefficients(lambda x: np.sign(np.sin(x)), 2 * np.pi, 5)
