# /// example
# task = '''
# Write the function `drain_time` below, which integrates Torricelli's law
# dh/dt = -k sqrt(h) with `solve_ivp` and a terminal event, and store `drain_time(4.0, 0.2)` in
# `t_empty`, and the message raised by `drain_time(1.0, 0.2, h_stop=2.0)` in `bad_error`.
#
# ```python
# def drain_time(h0, k, h_stop=0.01):
#     """Time for a tank obeying dh/dt = -k * sqrt(h) to fall from h0 to
#     h_stop (0 < h_stop < h0, k > 0), found as a terminal event of the
#     numerical solution (rtol=1e-10). Raises
#     ValueError("need 0 < h_stop < h0 and k > 0") otherwise.
#     """
# ```'''
# prompt = """
# Write `drain_time(h0, k, h_stop=0.01)`: how long a tank following dh/dt = -k sqrt(h) takes to \
# drop from h0 to h_stop, found with solve_ivp and a terminal event (rtol 1e-10); invalid \
# arguments raise `ValueError("need 0 < h_stop < h0 and k > 0")`. Store the time to drain to \
# the default 0.01 for h0 = 4, k = 0.2 in `t_empty` and the error message for `drain_time(1.0, 0.2, h_stop=2.0)` \
# in `bad_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # sqrt(h) falls linearly at k / 2: t = 2 (sqrt(h0) - sqrt(h_stop)) / k
#     'np.isclose(t_empty, 2 * (2.0 - 0.1) / 0.2, rtol=1e-6)',
#     'np.isclose(drain_time(9.0, 0.5, h_stop=1.0), 2 * (3 - 1) / 0.5, rtol=1e-6)',
#     'np.isclose(drain_time(2.0, 1.5, h_stop=0.5), 2 * (np.sqrt(2) - np.sqrt(0.5)) / 1.5, rtol=1e-6)',
#     'np.isclose(drain_time(1.0, 0.05), 2 * (1.0 - 0.1) / 0.05, rtol=1e-6)',
#     'bad_error == "need 0 < h_stop < h0 and k > 0"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'ode', 'initial-value-problem', 'applied-science', 'validation']
# ///
import numpy as np
from scipy.integrate import solve_ivp


def drain_time(h0, k, h_stop=0.01):
    """Time for a tank obeying dh/dt = -k * sqrt(h) to fall from h0 to
    h_stop (0 < h_stop < h0, k > 0), found as a terminal event of the
    numerical solution (rtol=1e-10). Raises
    ValueError("need 0 < h_stop < h0 and k > 0") otherwise.
    """
    if not (0 < h_stop < h0 and k > 0):
        raise ValueError("need 0 < h_stop < h0 and k > 0")

    def reached(t, h):
        return h[0] - h_stop

    reached.terminal = True
    # clip at 0 so a trial step below the bottom cannot take the square root of a negative level
    sol = solve_ivp(
        lambda t, h: -k * np.sqrt(np.clip(h, 0, None)),
        (0, 10 * 2 * np.sqrt(h0) / k),
        [h0],
        events=reached,
        rtol=1e-10,
        atol=1e-12,
    )
    return sol.t_events[0][0]


t_empty = drain_time(4.0, 0.2)

try:
    drain_time(1.0, 0.2, h_stop=2.0)
except ValueError as error:
    bad_error = str(error)
