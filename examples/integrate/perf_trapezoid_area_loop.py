# /// example
# task = """
# This loop integrates the sampled curve `y` over the sample points `x` with the trapezoidal rule \
# into `area`:
#
# ```python
# area = 0.0
# for i in range(1, len(x)):
#     area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2
# ```
#
# Replace the loop with a library call that gives the same `area`."""
# prompt = """
# I integrate my measured curve `y` at the points `x` with trapezoids in a Python loop, into \
# `area`:
#
# ```python
# area = 0.0
# for i in range(1, len(x)):
#     area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2
# ```
#
# I have thousands of such curves, so this is too slow. What's the fast equivalent?"""
# task_type = 'performance'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate']
# inputs = { x = 'decay.x', y = 'decay.y' }
# checks = [
#     'np.isclose(area, np.sum(np.diff(x) * (y[1:] + y[:-1]) / 2), rtol=1e-9, atol=1e-12)',
#     'np.ndim(area) == 0',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'quadrature']
# edge_cases = true
# ///
from scipy import integrate

# the same trapezoids, summed in compiled code
area = integrate.trapezoid(y, x)
