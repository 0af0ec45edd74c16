# /// example
# task = """
# Build the velocity samples below (metres per second, every 0.5 s) as the arrays `t` and \
# `velocity` and integrate them with Simpson's rule to get the distance travelled in metres, \
# stored in `distance`. (The samples follow v = t^3, for which Simpson's rule is exact; the \
# trapezoid rule would give 4.25.)
#
# ```text
# t (s):         0.0    0.5    1.0    1.5    2.0
# velocity (m/s) 0.000  0.125  1.000  3.375  8.000
# ```
#
# Wanted:
#
# ```text
# distance = 4.0
# ```"""
# prompt = """
# From these `velocity` readings at times `t` I want the `distance` covered, using Simpson's rule \
# rather than trapezoids (which give me 4.25):
#
# ```text
# t (s):         0.0    0.5    1.0    1.5    2.0
# velocity (m/s) 0.000  0.125  1.000  3.375  8.000
# ```
#
# The answer should be
#
# ```text
# distance = 4.0
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(distance, 4.0)',
#     'not np.isclose(distance, 4.25)',
#     'np.allclose(t, [0.0, 0.5, 1.0, 1.5, 2.0]) and np.allclose(velocity, np.asarray(t) ** 3)',
# ]
# difficulty = 'intermediate'
# tags = ['sampled-data', 'quadrature']
# ///
import numpy as np
from scipy import integrate

t = np.array([0.0, 0.5, 1.0, 1.5, 2.0])
velocity = np.array([0.0, 0.125, 1.0, 3.375, 8.0])
# Simpson fits a parabola through each pair of intervals, exact for cubics like t**3
distance = integrate.simpson(velocity, x=t)
