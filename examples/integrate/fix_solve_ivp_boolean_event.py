# /// example
# task = """
# This code drains a tank, dh/dt = -0.2 sqrt(h) (h in metres, t in minutes), from h(0) = 4, \
# and should stop when the level falls to 1 m, storing that time in `t_low`, but it stops at \
# once: `sol.t_events[0]` is [0.0] and `t_low` is 0:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
# def low_level(t, h):
#     return h[0] < 1.0
#
# low_level.terminal = True
# sol = solve_ivp(lambda t, h: -0.2 * np.sqrt(h), (0, 60), [4.0], events=low_level, rtol=1e-9, atol=1e-12)
# t_low = sol.t_events[0][0] if len(sol.t_events[0]) else np.nan
# ```
#
# Fix it so the solver stops at h = 1 and `t_low` is the crossing time; keep the result in \
# `sol`."""
# prompt = """
# Tank draining, dh/dt = -0.2 sqrt(h), h(0) = 4 m. I want the time the level hits 1 m \
# (`t_low`) with the integration stopping there (result in `sol`), but the event fires at t = 0:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
# def low_level(t, h):
#     return h[0] < 1.0
#
# low_level.terminal = True
# sol = solve_ivp(lambda t, h: -0.2 * np.sqrt(h), (0, 60), [4.0], events=low_level, rtol=1e-9, atol=1e-12)
# t_low = sol.t_events[0][0] if len(sol.t_events[0]) else np.nan
# ```
#
# What's wrong with my event?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # sqrt(h) falls linearly: sqrt(h) = 2 - 0.1 t, so h = 1 at t = 10
#     'np.isclose(t_low, 10.0, atol=1e-6)',
#     'sol.status == 1 and np.isclose(sol.t[-1], 10.0, atol=1e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'ode', 'initial-value-problem', 'applied-science']
# ///
import numpy as np
from scipy.integrate import solve_ivp


def low_level(t, h):
    # an event is a zero of a continuous function; False counts as 0, a zero from the start
    return h[0] - 1.0


low_level.terminal = True
sol = solve_ivp(
    lambda t, h: -0.2 * np.sqrt(h), (0, 60), [4.0], events=low_level, rtol=1e-9, atol=1e-12
)
t_low = sol.t_events[0][0] if len(sol.t_events[0]) else np.nan
