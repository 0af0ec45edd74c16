# /// example
# task = """
# A density was tabulated at the points below. Build the arrays `x` and `density`, integrate \
# the density cumulatively with the trapezoidal rule starting from 0 at the first point \
# (`initial=0`, so the result has one value per point), and store it in `cdf`.
#
# ```text
# x        0.0   0.5   1.0   1.5   2.0
# density  0.0   0.4   0.8   0.6   0.2
# ```
#
# Wanted:
#
# ```text
# cdf = [0.0, 0.1, 0.4, 0.75, 0.95]
# ```"""
# prompt = """
# I have a tabulated density and want its running integral (a CDF) on the same points, starting \
# at 0, with trapezoids:
#
# ```text
# x        0.0   0.5   1.0   1.5   2.0
# density  0.0   0.4   0.8   0.6   0.2
# ```
#
# Keep the arrays in `x` and `density`, the result in `cdf`. I expect
#
# ```text
# cdf = [0.0, 0.1, 0.4, 0.75, 0.95]
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(cdf, [0.0, 0.1, 0.4, 0.75, 0.95])',
#     'np.allclose(x, [0.0, 0.5, 1.0, 1.5, 2.0]) and np.allclose(density, [0.0, 0.4, 0.8, 0.6, 0.2])',
# ]
# difficulty = 'basic'
# tags = ['quadrature', 'sampled-data', 'probability-distributions']
# ///
import numpy as np
from scipy.integrate import cumulative_trapezoid

x = np.array([0.0, 0.5, 1.0, 1.5, 2.0])
density = np.array([0.0, 0.4, 0.8, 0.6, 0.2])
# initial=0 prepends the value at the first point, so cdf lines up with x
cdf = cumulative_trapezoid(density, x, initial=0)
