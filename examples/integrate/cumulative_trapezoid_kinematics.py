# /// example
# task = """
# Given acceleration samples a(t) = cos(t) on `t` = linspace(0, 10, 501), integrate twice with \
# `cumulative_trapezoid(..., initial=0)` to get `velocity` and `position` (both starting at 0) at \
# every sample time."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'velocity.shape == t.shape and position.shape == t.shape',
#     'np.allclose(velocity, np.sin(t), atol=1e-3)',
#     'np.allclose(position, 1 - np.cos(t), atol=1e-3)',
# ]
# difficulty = 'basic'
# tags = ['cumulative-integral', 'sampled-data', 'physics']
# ///
import numpy as np
from scipy import integrate

t = np.linspace(0, 10, 501)
acceleration = np.cos(t)
# initial=0 keeps the output the same length as the input
velocity = integrate.cumulative_trapezoid(acceleration, t, initial=0)
position = integrate.cumulative_trapezoid(velocity, t, initial=0)
