# /// example
# task = '''
# Write a function `first_order_step` with the signature and docstring below, and store in
# `capacitor_v` the response of an RC circuit with tau = 1 ms to a 5 V step, at 51 evenly spaced
# times from 0 to 5 ms.
#
# ```python
# def first_order_step(tau, t, gain=1.0):
#     """Step response of the first-order system gain / (tau * s + 1).
#
#     `tau` is the time constant in seconds and `t` evenly spaced times in
#     seconds starting at 0. The input steps from 0 to 1 at t = 0 with the
#     system at rest. Returns a float array like `t`.
#     """
# ```'''
# prompt = """
# Write me `first_order_step(tau, t, gain=1.0)`: the unit-step response of the first-order lag \
# `gain / (tau s + 1)`, starting at rest, evaluated at evenly spaced times `t` (seconds, from 0), \
# as a float array like `t`. Then use it for an RC circuit with a 1 ms time constant driven by a \
# 5 V step, at 51 evenly spaced times from 0 to 5 ms, and store the voltages in `capacitor_v`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(first_order_step(0.5, np.linspace(0, 3, 31)), 1 - np.exp(-np.linspace(0, 3, 31) / 0.5))',
#     'np.allclose(first_order_step(2.0, np.arange(0.0, 10.0, 0.25), gain=3.0), 3.0 * (1 - np.exp(-np.arange(0.0, 10.0, 0.25) / 2.0)))',
#     'np.allclose(first_order_step(1e-2, np.linspace(0, 1e-2, 3)), [0.0, 1 - np.exp(-0.5), 1 - np.exp(-1.0)])',
#     'np.shape(capacitor_v) == (51,)',
#     'np.allclose(capacitor_v, 5.0 * (1 - np.exp(-np.linspace(0, 5e-3, 51) / 1e-3)))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'lti-system', 'system-response', 'applied-science']
# ///
import numpy as np
from scipy import signal


def first_order_step(tau, t, gain=1.0):
    """Step response of the first-order system gain / (tau * s + 1).

    `tau` is the time constant in seconds and `t` evenly spaced times in
    seconds starting at 0. The input steps from 0 to 1 at t = 0 with the
    system at rest. Returns a float array like `t`.
    """
    system = signal.lti([gain], [tau, 1.0])
    # passing T evaluates the response at exactly these times
    _, response = signal.step(system, T=np.asarray(t, dtype=float))
    return response


capacitor_v = first_order_step(1e-3, np.linspace(0, 5e-3, 51), gain=5.0)
