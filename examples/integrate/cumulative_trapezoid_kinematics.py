# /// example
# task = """
# Given acceleration samples a(t) = cos(t) on `t` = linspace(0, 10, 501), integrate twice with \
# `cumulative_trapezoid(..., initial=0)` to get `velocity` and `position` (both starting at 0) at \
# every sample time."""
# prompt = """
# An accelerometer gives a(t) = cos(t), sampled on `t` = linspace(0, 10, 501). Integrate it twice \
# with the cumulative trapezoidal rule to get `velocity` and `position` at every sample time, \
# both starting from 0 at t = 0 (so each array has the same length as `t`)."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'velocity.shape == t.shape and position.shape == t.shape',
#     'np.allclose(velocity, np.sin(t), atol=1e-3)',
#     'np.allclose(position, 1 - np.cos(t), atol=1e-3)',
#     't.shape == (501,) and np.allclose(t, np.linspace(0, 10, 501))',
# ]
# difficulty = 'basic'
# tags = ['quadrature', 'sampled-data', 'applied-science']
# ///
import numpy as np
from scipy import integrate

t = np.linspace(0, 10, 501)
acceleration = np.cos(t)
# initial=0 keeps the output the same length as the input
velocity = integrate.cumulative_trapezoid(acceleration, t, initial=0)
position = integrate.cumulative_trapezoid(velocity, t, initial=0)
