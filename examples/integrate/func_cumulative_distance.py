# /// example
# task = '''
# Write a function `distance_travelled` with the signature and docstring below. Apply it to a
# car's speed log: times `t_s = [0, 10, 20, 30, 45, 60]` seconds and speeds
# `speed_ms = [0.0, 8.0, 15.0, 20.0, 20.0, 12.0]` m/s, storing the result in `distance_m`; store
# in `order_error` the message raised for the times `[0, 5, 5, 10]`.
#
# ```python
# def distance_travelled(t, speed):
#     """Cumulative distance from sampled speed by the trapezoidal rule.
#
#     Returns a float array as long as `t` whose first value is 0.0 and whose
#     k-th value is the integral of speed from t[0] to t[k]; an empty input
#     gives an empty array. Raises ValueError("t must be strictly increasing")
#     when the times are not strictly increasing.
#     """
# ```'''
# prompt = """
# I often turn speed logs into distance, so I'd like `distance_travelled(t, speed)` returning the \
# running distance (trapezoid rule) with the same length as `t`, starting at `0.0`, empty for empty \
# input, and raising `ValueError("t must be strictly increasing")` for times that don't strictly \
# increase. My car log has `t_s = [0, 10, 20, 30, 45, 60]` s and `speed_ms = [0.0, 8.0, 15.0, \
# 20.0, 20.0, 12.0]` m/s: put the distances in `distance_m`, and the error message for times \
# `[0, 5, 5, 10]` in `order_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(distance_travelled([0.0, 1.0, 3.0], [2.0, 4.0, 0.0]), [0.0, 3.0, 7.0])',
#     'np.allclose(distance_travelled(np.linspace(0, 2, 201), 3 * np.linspace(0, 2, 201) ** 2)[-1], 8.0, atol=1e-3)',
#     'np.allclose(distance_travelled([5.0], [1.0]), [0.0]) and len(distance_travelled([5.0], [1.0])) == 1',
#     'len(distance_travelled([], [])) == 0',
#     'np.allclose(distance_m, np.concatenate([[0.0], np.cumsum(np.diff(t_s) * (np.asarray(speed_ms)[1:] + np.asarray(speed_ms)[:-1]) / 2)]))',
#     'list(t_s) == [0, 10, 20, 30, 45, 60] and list(speed_ms) == [0.0, 8.0, 15.0, 20.0, 20.0, 12.0]',
#     'order_error == "t must be strictly increasing"',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'sampled-data', 'quadrature', 'validation']
# ///
import numpy as np
from scipy import integrate


def distance_travelled(t, speed):
    """Cumulative distance from sampled speed by the trapezoidal rule.

    Returns a float array as long as `t` whose first value is 0.0 and whose
    k-th value is the integral of speed from t[0] to t[k]; an empty input
    gives an empty array. Raises ValueError("t must be strictly increasing")
    when the times are not strictly increasing.
    """
    t = np.asarray(t, dtype=float)
    speed = np.asarray(speed, dtype=float)
    if np.any(np.diff(t) <= 0):
        raise ValueError("t must be strictly increasing")
    if t.size == 0:
        return np.array([], dtype=float)
    # initial=0 prepends the zero distance at t[0], so the result matches len(t)
    return integrate.cumulative_trapezoid(speed, t, initial=0)


t_s = [0, 10, 20, 30, 45, 60]
speed_ms = [0.0, 8.0, 15.0, 20.0, 20.0, 12.0]
distance_m = distance_travelled(t_s, speed_ms)

try:
    distance_travelled([0, 5, 5, 10], [1.0, 2.0, 3.0, 4.0])
except ValueError as error:
    order_error = str(error)
