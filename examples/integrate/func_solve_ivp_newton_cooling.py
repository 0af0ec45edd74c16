# /// example
# task = '''
# Write a function `cooling_curve` with the signature and docstring below, and store in `coffee_c`
# the temperature of a 90 degC coffee in a 20 degC room with k = 0.05 per minute at 0, 10, 20 and
# 30 minutes.
#
# ```python
# def cooling_curve(t0_c, ambient_c, k, times):
#     """Temperatures from Newton's law of cooling dT/dt = -k (T - ambient_c).
#
#     The body starts at t0_c at time 0; `times` is an increasing sequence
#     starting at 0 in the time unit of the rate constant k. The ODE is
#     integrated numerically (relative tolerance 1e-8). Returns a float
#     array of the temperatures at `times`.
#     """
# ```'''
# prompt = """
# I'm modelling how drinks cool and want `cooling_curve(t0_c, ambient_c, k, times)`: integrate \
# Newton's law of cooling dT/dt = -k (T - ambient) numerically (rtol 1e-8) from temperature `t0_c` \
# at time 0 and return the temperatures at `times` (increasing, starting at 0) as a float array. \
# Then give me the temperatures of a 90 degC coffee in a 20 degC room with k = 0.05 per minute at \
# 0, 10, 20 and 30 minutes, in `coffee_c`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(coffee_c, 20.0 + 70.0 * np.exp(-0.05 * np.array([0.0, 10.0, 20.0, 30.0])), rtol=1e-6)',
#     'np.allclose(cooling_curve(100.0, 0.0, 1.0, np.linspace(0, 5, 11)), 100.0 * np.exp(-np.linspace(0, 5, 11)), rtol=1e-6, atol=1e-6)',
#     # a cold body warms towards the ambient temperature
#     'np.allclose(cooling_curve(-10.0, 25.0, 0.2, [0.0, 1.0, 7.5]), 25.0 - 35.0 * np.exp(-0.2 * np.array([0.0, 1.0, 7.5])), rtol=1e-6)',
#     'np.allclose(cooling_curve(37.0, 37.0, 0.3, [0.0, 2.0, 4.0]), 37.0)',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'ode', 'initial-value-problem', 'applied-science']
# ///
import numpy as np
from scipy import integrate


def cooling_curve(t0_c, ambient_c, k, times):
    """Temperatures from Newton's law of cooling dT/dt = -k (T - ambient_c).

    The body starts at t0_c at time 0; `times` is an increasing sequence
    starting at 0 in the time unit of the rate constant k. The ODE is
    integrated numerically (relative tolerance 1e-8). Returns a float
    array of the temperatures at `times`.
    """
    times = np.asarray(times, dtype=float)
    # t_eval returns the solution exactly at the requested times
    solution = integrate.solve_ivp(
        lambda t, temp: -k * (temp - ambient_c), (0.0, times[-1]), [t0_c], t_eval=times, rtol=1e-8
    )
    return solution.y[0]


coffee_c = cooling_curve(90.0, 20.0, 0.05, [0.0, 10.0, 20.0, 30.0])
