import math

from scipy.integrate import quad


def arc_length(derivative, a, b):
    """Length of the curve y = f(x) between x = a and x = b.

    derivative is f', a callable of one float. The length is the
    integral of sqrt(1 + f'(x)**2) from a to b, by adaptive quadrature.
    Returns a float. Raises ValueError("need a < b") when a >= b.
    """
    if a >= b:
        raise ValueError("need a < b")

    def speed(x):
        return math.hypot(1.0, derivative(x))

    return float(quad(speed, a, b, epsabs=1e-12)[0])


try:
    arc_length(math.cos, 2.0, 1.0)
except ValueError as exc:
    order_error = str(exc)
