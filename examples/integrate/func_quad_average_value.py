# /// example
# task = '''
# Write a function `average_value` with the signature and docstring below. Store in `daily_mean`
# the mean of the temperature model T(t) = 15 + 8 sin(2 pi (t - 9) / 24) over one day,
# t from 0 to 24 h, and in `order_error` the message raised by `average_value(np.exp, 1.0, 1.0)`.
#
# ```python
# def average_value(f, a, b):
#     """Mean value of the function f over [a, b].
#
#     The mean is the integral of f from a to b, by adaptive quadrature,
#     divided by b - a. Returns a float. Raises ValueError("need a < b")
#     when a >= b.
#     """
# ```'''
# prompt = """
# Please write `average_value(f, a, b)` returning the mean of a function over an interval (its \
# integral over [a, b] by adaptive quadrature, divided by b - a) as a float, raising \
# `ValueError("need a < b")` when a >= b. Use it for the daily mean of my temperature model \
# T(t) = 15 + 8 sin(2 pi (t - 9) / 24), t in hours from 0 to 24, into `daily_mean`, and store the \
# message for `average_value(np.exp, 1.0, 1.0)` in `order_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(average_value(lambda x: x**2, 0.0, 3.0), 3.0)',
#     'np.isclose(average_value(np.sin, 0.0, np.pi), 2 / np.pi)',
#     'np.isclose(average_value(np.exp, 0.0, 1.0), np.e - 1)',
#     'np.isclose(average_value(lambda x: 1 / x, 1.0, np.e), 1 / (np.e - 1))',
#     'isinstance(daily_mean, float) and np.isclose(daily_mean, 15.0)',
#     'order_error == "need a < b"',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'quadrature', 'validation']
# ///
import numpy as np
from scipy import integrate


def average_value(f, a, b):
    """Mean value of the function f over [a, b].

    The mean is the integral of f from a to b, by adaptive quadrature,
    divided by b - a. Returns a float. Raises ValueError("need a < b")
    when a >= b.
    """
    if not a < b:
        raise ValueError("need a < b")
    # quad returns (integral, error estimate)
    integral, _ = integrate.quad(f, a, b)
    return float(integral / (b - a))


daily_mean = average_value(lambda t: 15 + 8 * np.sin(2 * np.pi * (t - 9) / 24), 0.0, 24.0)

try:
    average_value(np.exp, 1.0, 1.0)
except ValueError as error:
    order_error = str(error)
