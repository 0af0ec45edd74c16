# /// example
# task = """
# Integrate the damped oscillator x'' + 2*zeta*omega*x' + omega**2*x = 0 with omega = 2 and zeta \
# = 0.05 from x = 1, x' = 0 over t in [0, 30], recording every upward zero crossing of x with a \
# non-terminal event (`direction = 1`); store the solver result in `sol` and estimate the \
# oscillation period `period` as the mean spacing of the crossing times `crossings`."""
# prompt = """
# Simulate a damped oscillator x'' + 2*zeta*omega*x' + omega**2*x = 0 with omega = 2, zeta = \
# 0.05, starting at x = 1, x' = 0, over t in [0, 30] with solve_ivp and tight tolerances. Record \
# every upward zero crossing of x with a non-terminal event, keep the solver result in `sol` and \
# the crossing times in `crossings`, and estimate the oscillation `period` as the mean spacing \
# between crossings."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.status == 0 and len(crossings) >= 5',
#     'np.isclose(period, 2 * np.pi / (2.0 * np.sqrt(1 - 0.05**2)), rtol=1e-6)',
#     # the exact solution x(t) = exp(-0.1 t) (cos(wd t) + 0.1 / wd sin(wd t)), wd = 2 sqrt(1 - 0.05**2): it is zero at
#     # every crossing, and its velocity -(4 / wd) exp(-0.1 t) sin(wd t) is positive there
#     'np.allclose(np.exp(-0.1 * crossings) * (np.cos(2 * np.sqrt(1 - 0.05**2) * crossings) + 0.1 / (2 * np.sqrt(1 - 0.05**2)) * np.sin(2 * np.sqrt(1 - 0.05**2) * crossings)), 0, atol=1e-6)',
#     'np.all(np.sin(2 * np.sqrt(1 - 0.05**2) * crossings) < 0)',
# ]
# difficulty = 'intermediate'
# tags = ['ode', 'initial-value-problem', 'applied-science']
# ///
import numpy as np
from scipy import integrate

omega, zeta = 2.0, 0.05


def oscillator(t, state):
    x, v = state
    return [v, -2 * zeta * omega * v - omega**2 * x]


def upward_zero(t, state):
    return state[0]


# direction=1 keeps only crossings from negative to positive; events are non-terminal by
# default, so integration runs on to t = 30
upward_zero.direction = 1

sol = integrate.solve_ivp(
    oscillator, (0, 30), [1.0, 0.0], events=upward_zero, rtol=1e-9, atol=1e-12
)
crossings = sol.t_events[0]
period = np.mean(np.diff(crossings))
