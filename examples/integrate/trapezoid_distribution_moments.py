# /// example
# task = """
# Tabulate the unnormalised Maxwell speed density v**2 * exp(-v**2 / (2 a**2)) with a = 1.5 on \
# `v` = linspace(0, 12, 2001), normalise it to unit area with `trapezoid` (store the density in \
# `pdf`) and compute the mean speed `mean_speed` as the trapezoid integral of v * pdf."""
# prompt = """
# Tabulate the unnormalised Maxwell speed density v**2 * exp(-v**2 / (2 a**2)) with a = 1.5 on \
# `v` = linspace(0, 12, 2001). Normalise it to unit area with the trapezoidal rule and store the \
# normalised density in `pdf`, then compute the mean speed `mean_speed` as the trapezoid integral \
# of v * pdf."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(np.sum((pdf[1:] + pdf[:-1]) / 2 * np.diff(v)), 1.0)',
#     'np.isclose(mean_speed, 2 * 1.5 * np.sqrt(2 / np.pi), rtol=1e-5)',
#     'v.shape == (2001,) and np.allclose(v, np.linspace(0, 12, 2001))',
#     'np.allclose(pdf, v**2 * np.exp(-(v**2) / (2 * 1.5**2)) / np.sum(np.diff(v) * (lambda d: (d[1:] + d[:-1]) / 2)(v**2 * np.exp(-(v**2) / (2 * 1.5**2)))))',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'probability-distributions', 'applied-science']
# ///
import numpy as np
from scipy import integrate

a = 1.5
# the grid runs to 12 = 8a, where the exponential factor is exp(-32): the cut-off tail is
# negligible
v = np.linspace(0, 12, 2001)
density = v**2 * np.exp(-(v**2) / (2 * a**2))
pdf = density / integrate.trapezoid(density, x=v)
mean_speed = integrate.trapezoid(v * pdf, x=v)
