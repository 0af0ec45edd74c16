# /// example
# task = """
# A damped oscillator x'' + 0.2 x' + 4 x = 0 starts at x(0) = 0 with x'(0) = 1. Integrate it \
# over t in [0, 20] with `solve_ivp` and a non-terminal event that records only the upward \
# zero crossings of x (x passing through 0 while increasing, `direction = 1`), with \
# rtol=1e-10 and atol=1e-12; store the crossing times in `up_times` and the time between successive upward crossings in `periods`."""
# prompt = """
# I'm simulating a lightly damped spring, x'' + 0.2x' + 4x = 0 with x(0) = 0, x'(0) = 1, over \
# t = 0..20. I want the times when x crosses zero going up, in `up_times`, without stopping the \
# solver, and the gaps between consecutive crossings (the damped period) in `periods`. The start \
# at t = 0 itself shouldn't count. Use tight tolerances, rtol=1e-10 and atol=1e-12."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # x(t) = exp(-0.1 t) sin(w t) / w with w = sqrt(4 - 0.01): upward crossings at 2 pi k / w
#     'np.allclose(up_times, 2 * np.pi * np.arange(1, 1 + len(up_times)) / np.sqrt(3.99), atol=1e-5)',
#     'len(up_times) == int(20 * np.sqrt(3.99) / (2 * np.pi))',
#     'np.allclose(periods, 2 * np.pi / np.sqrt(3.99), atol=1e-5) and len(periods) == len(up_times) - 1',
# ]
# difficulty = 'intermediate'
# tags = ['ode', 'initial-value-problem', 'applied-science']
# ///
import numpy as np
from scipy.integrate import solve_ivp


def oscillator(t, state):
    x, v = state
    return [v, -0.2 * v - 4.0 * x]


def upward_zero(t, state):
    return state[0]


upward_zero.direction = 1  # count x = 0 only while x is increasing; the solver keeps going

sol = solve_ivp(
    oscillator, (0, 20), [0.0, 1.0], method="DOP853", events=upward_zero, rtol=1e-10, atol=1e-12
)
# x starts at 0 on its way up, so the solver also reports t = 0: drop it
up_times = sol.t_events[0][sol.t_events[0] > 0]
periods = np.diff(up_times)
