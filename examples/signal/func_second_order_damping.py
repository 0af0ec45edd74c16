# /// example
# task = '''
# Write a function `second_order_parameters` with the signature and docstring below. Store in
# `motor` its result for the transfer function 4 / (s^2 + 1.2 s + 4), and in `degree_error` the
# message raised for the denominator `[1.0, 3.0]`.
#
# ```python
# def second_order_parameters(num, den):
#     """Natural frequency, damping ratio and DC gain of num(s) / den(s).
#
#     `den` holds the coefficients of a degree-2 polynomial (highest power
#     first) with stable poles p1, p2. Returns the tuple of floats
#     (wn, zeta, dc_gain) with wn = sqrt(p1 * p2) in rad/s,
#     zeta = -(p1 + p2) / (2 * wn) and dc_gain = num(0) / den(0). Raises
#     ValueError("den must have degree 2") for any other denominator.
#     """
# ```'''
# prompt = """
# For my control-systems homework checker I need `second_order_parameters(num, den)` returning \
# `(wn, zeta, dc_gain)` for a second-order transfer function num/den: natural frequency from the \
# poles (sqrt(p1 p2), rad/s), damping ratio -(p1 + p2) / (2 wn), and the DC gain num(0)/den(0), \
# all floats. A denominator that isn't degree 2 should raise `ValueError("den must have degree 2")`. \
# Put the result for 4 / (s^2 + 1.2 s + 4) in `motor` and the error message for `den = [1.0, 3.0]` \
# in `degree_error`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(motor, (2.0, 0.3, 1.0))',
#     # a leading coefficient of 2: the poles are those of s^2 + 4 s + 16
#     'np.allclose(second_order_parameters([8.0], [2.0, 8.0, 32.0]), (4.0, 0.5, 0.25))',
#     # real poles -1 and -4: overdamped, zeta above 1
#     'np.allclose(second_order_parameters([1.0, 2.0], [1.0, 5.0, 4.0]), (2.0, 1.25, 0.5))',
#     'np.allclose(second_order_parameters([100.0], [1.0, 0.0, 100.0]), (10.0, 0.0, 1.0))',
#     'all(isinstance(value, float) for value in second_order_parameters([4.0], [1.0, 1.2, 4.0]))',
#     'degree_error == "den must have degree 2"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'lti-system', 'validation']
# ///
import numpy as np
from scipy import signal


def second_order_parameters(num, den):
    """Natural frequency, damping ratio and DC gain of num(s) / den(s).

    `den` holds the coefficients of a degree-2 polynomial (highest power
    first) with stable poles p1, p2. Returns the tuple of floats
    (wn, zeta, dc_gain) with wn = sqrt(p1 * p2) in rad/s,
    zeta = -(p1 + p2) / (2 * wn) and dc_gain = num(0) / den(0). Raises
    ValueError("den must have degree 2") for any other denominator.
    """
    den = np.trim_zeros(np.asarray(den, dtype=float), "f")
    if len(den) != 3:
        raise ValueError("den must have degree 2")
    p1, p2 = signal.TransferFunction(num, den).poles
    # p1 * p2 and p1 + p2 are real even when the poles are a complex pair
    wn = np.sqrt((p1 * p2).real)
    zeta = -(p1 + p2).real / (2 * wn)
    dc_gain = np.polyval(num, 0.0) / den[-1]
    return float(wn), float(zeta), float(dc_gain)


motor = second_order_parameters([4.0], [1.0, 1.2, 4.0])

try:
    second_order_parameters([1.0], [1.0, 3.0])
except ValueError as error:
    degree_error = str(error)
