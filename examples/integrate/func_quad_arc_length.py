# /// example
# task = '''
# Write a function `arc_length` with the signature and docstring below, using SciPy's adaptive
# quadrature. Store in `order_error` the message raised by `arc_length(np.cos, 2.0, 1.0)`.
#
# ```python
# def arc_length(derivative, a, b):
#     """Length of the curve y = f(x) between x = a and x = b.
#
#     derivative is f', a callable of one float. The length is the
#     integral of sqrt(1 + f'(x)**2) from a to b, by adaptive quadrature.
#     Returns a float. Raises ValueError("need a < b") when a >= b.
#     """
# ```'''
# prompt = """
# I need `arc_length(derivative, a, b)`: the length of a curve y = f(x) from x = a to x = b, \
# given its derivative f' as a function, computed as the integral of sqrt(1 + f'(x)**2) with \
# scipy's adaptive quadrature and returned as a float. For a >= b it should raise \
# `ValueError("need a < b")`; keep the message from `arc_length(np.cos, 2.0, 1.0)` in \
# `order_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # a straight line of slope 3/4 over 4 units of x: a 3-4-5 triangle
#     'np.isclose(arc_length(lambda x: 0.75, 0.0, 4.0), 5.0)',
#     # the parabola y = x^2 on [0, 1]: (2 sqrt(5) + asinh(2)) / 4
#     'np.isclose(arc_length(lambda x: 2 * x, 0.0, 1.0), (2 * np.sqrt(5) + np.arcsinh(2)) / 4)',
#     # the unit circle y = sqrt(1 - x^2) from 0 to 0.5: an arc of pi / 6
#     'np.isclose(arc_length(lambda x: -x / np.sqrt(1 - x**2), 0.0, 0.5), np.pi / 6)',
#     'isinstance(arc_length(lambda x: 1.0, -1.0, 1.0), float)',
#     'order_error == "need a < b"',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'quadrature', 'validation']
# ///
import numpy as np
from scipy import integrate


def arc_length(derivative, a, b):
    """Length of the curve y = f(x) between x = a and x = b.

    derivative is f', a callable of one float. The length is the
    integral of sqrt(1 + f'(x)**2) from a to b, by adaptive quadrature.
    Returns a float. Raises ValueError("need a < b") when a >= b.
    """
    if not a < b:
        raise ValueError("need a < b")
    # each piece of the curve has length sqrt(dx^2 + dy^2) = sqrt(1 + f'(x)^2) dx
    length, _ = integrate.quad(lambda x: np.sqrt(1.0 + derivative(x) ** 2), a, b)
    return float(length)


try:
    arc_length(np.cos, 2.0, 1.0)
except ValueError as error:
    order_error = str(error)
