import math

import numpy as np
from scipy.integrate import quad_vec


def average_value(f, a, b):
    """Mean value of the function f over [a, b].

    The mean is the integral of f from a to b, by adaptive quadrature,
    divided by b - a. Returns a float. Raises ValueError("need a < b")
    when a >= b.
    """
    if a >= b:
        raise ValueError("need a < b")
    total, _ = quad_vec(f, a, b)
    return float(total) / (b - a)


def temperature(hour):
    return 15 + 8 * math.sin(2 * math.pi * (hour - 9) / 24)


daily_mean = average_value(temperature, 0.0, 24.0)
try:
    average_value(np.exp, 1.0, 1.0)
except ValueError as exc:
    order_error = str(exc)
