# /// example
# task = '''
# Write the function `pendulum_period` below. It integrates the nonlinear pendulum
# theta'' = -(g / length) sin(theta) from rest at `amplitude` with `solve_ivp` and finds the
# period from the event where the angular velocity returns to zero after the swing to the
# other side, with rtol=1e-10 and atol=1e-12. Store `pendulum_period(0.5)` in `period_small`, and in `errors` the list of
# messages raised by `pendulum_period(0.0)` and `pendulum_period(3.5)`.
#
# ```python
# def pendulum_period(amplitude, length=1.0, g=9.81):
#     """Period (s) of a pendulum released from rest at `amplitude` radians.
#
#     Solves theta'' = -(g / length) sin(theta) to the first time the
#     pendulum stops at the far side (half a period) and returns twice it.
#     Raises ValueError("amplitude must be in (0, pi)") otherwise.
#     """
# ```'''
# prompt = """
# I need a helper `pendulum_period(amplitude, length=1.0, g=9.81)` that gives the period of a \
# real (not small-angle) pendulum released from rest at `amplitude` radians, by integrating \
# theta'' = -(g/L) sin(theta) with solve_ivp and stopping with an event when it comes to rest \
# on the other side (that's half a period), with rtol 1e-10 and atol 1e-12. Amplitudes outside (0, pi) should raise \
# `ValueError("amplitude must be in (0, pi)")`. Also store `pendulum_period(0.5)` in \
# `period_small`, and collect the error messages of `pendulum_period(0.0)` and \
# `pendulum_period(3.5)` in a list `errors`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # exact period: 4 sqrt(L / g) K(m) with m = sin^2(amplitude / 2)
#     'np.isclose(period_small, 4 * np.sqrt(1.0 / 9.81) * scipy.special.ellipk(np.sin(0.25) ** 2), rtol=1e-6)',
#     'np.isclose(pendulum_period(2.5, length=2.0), 4 * np.sqrt(2.0 / 9.81) * scipy.special.ellipk(np.sin(1.25) ** 2), rtol=1e-6)',
#     'np.isclose(pendulum_period(1.0, g=1.62), 4 * np.sqrt(1.0 / 1.62) * scipy.special.ellipk(np.sin(0.5) ** 2), rtol=1e-6)',
#     'np.isclose(pendulum_period(0.01), 2 * np.pi * np.sqrt(1 / 9.81), rtol=1e-4)',
#     'list(errors) == ["amplitude must be in (0, pi)"] * 2',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'ode', 'initial-value-problem', 'applied-science', 'validation']
# ///
import numpy as np
from scipy.integrate import solve_ivp


def pendulum_period(amplitude, length=1.0, g=9.81):
    """Period (s) of a pendulum released from rest at `amplitude` radians.

    Solves theta'' = -(g / length) sin(theta) to the first time the
    pendulum stops at the far side (half a period) and returns twice it.
    Raises ValueError("amplitude must be in (0, pi)") otherwise.
    """
    if not 0 < amplitude < np.pi:
        raise ValueError("amplitude must be in (0, pi)")

    def swing(t, state):
        theta, omega = state
        return [omega, -(g / length) * np.sin(theta)]

    def at_rest(t, state):
        return state[1]

    at_rest.terminal = True
    # omega goes negative on the way over, then back up through zero at the far side
    at_rest.direction = 1
    # an upper bound on the half period: near pi the period grows without limit
    t_max = 50 * np.pi * np.sqrt(length / g)
    sol = solve_ivp(swing, (0, t_max), [amplitude, 0.0], events=at_rest, rtol=1e-10, atol=1e-12)
    return 2 * sol.t_events[0][0]


period_small = pendulum_period(0.5)

errors = []
for bad in (0.0, 3.5):
    try:
        pendulum_period(bad)
    except ValueError as error:
        errors.append(str(error))
