import math

from scipy.signal import tf2zpk


def second_order_parameters(num, den):
    """Natural frequency, damping ratio and DC gain of num(s) / den(s).

    `den` holds the coefficients of a degree-2 polynomial (highest power
    first) with stable poles p1, p2. Returns the tuple of floats
    (wn, zeta, dc_gain) with wn = sqrt(p1 * p2) in rad/s,
    zeta = -(p1 + p2) / (2 * wn) and dc_gain = num(0) / den(0). Raises
    ValueError("den must have degree 2") for any other denominator.
    """
    coefficients = list(den)
    while coefficients and coefficients[0] == 0:
        coefficients.pop(0)
    if len(coefficients) != 3:
        raise ValueError("den must have degree 2")
    _, poles, _ = tf2zpk(num, coefficients)
    wn = math.sqrt(abs(poles[0] * poles[1]))
    zeta = -float((poles[0] + poles[1]).real) / (2 * wn)
    return wn, zeta, float(num[-1]) / float(coefficients[-1])


motor = second_order_parameters([4.0], [1.0, 1.2, 4.0])
try:
    second_order_parameters([1.0], [1.0, 3.0])
except ValueError as exc:
    degree_error = str(exc)
