# /// example
# task = """
# This code should compute the area between the curves y = x**2 (below) and y = x (above) for \
# 0 <= x <= 1 as a double integral and store it in `area`:
#
# ```python
# from scipy import integrate
#
# area, _ = integrate.dblquad(lambda y, x: 1.0, 0, 1, lambda x: x, lambda x: x**2)
# ```
#
# It runs, but `area` is negative. Fix it."""
# prompt = """
# Area between y = x^2 and y = x on [0, 1] by dblquad, into `area`:
#
# ```python
# from scipy import integrate
#
# area, _ = integrate.dblquad(lambda y, x: 1.0, 0, 1, lambda x: x, lambda x: x**2)
# ```
#
# I get -0.1667. An area can't be negative, right?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate']
# inputs = {}
# checks = [
#     'np.isclose(area, 1 / 2 - 1 / 3)',
#     'area > 0',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'multiple-integral']
# ///
from scipy import integrate

# the inner limits are (lower, upper): x**2 lies below x on [0, 1], so it comes first
area, _ = integrate.dblquad(lambda y, x: 1.0, 0, 1, lambda x: x**2, lambda x: x)
