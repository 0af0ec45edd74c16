# /// example
# task = """
# The samples below come at uneven spacing. Integrate them over [0, 3] with Simpson's rule using \
# the actual sample positions and store the result in `area`. The samples are of y = x^2, for \
# which Simpson's rule on these points is exact, so the answer is 9.
#
# ```text
#   x     y
# 0.0  0.00
# 0.5  0.25
# 1.5  2.25
# 2.0  4.00
# 3.0  9.00
# ```
#
# Wanted:
#
# ```text
# area = 9.0
# ```"""
# prompt = """
# My readings are not equally spaced. How do I apply Simpson's rule with scipy so it uses the real \
# x positions? The result goes in `area`:
#
# ```text
#   x     y
# 0.0  0.00
# 0.5  0.25
# 1.5  2.25
# 2.0  4.00
# 3.0  9.00
# ```
#
# These are samples of x^2, so I expect
#
# ```text
# area = 9.0
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(area, 9.0, atol=1e-9)',
#     # the trapezoidal rule on the same points overestimates: 9.375
#     'not np.isclose(area, 9.375)',
# ]
# difficulty = 'advanced'
# tags = ['quadrature', 'sampled-data']
# ///
import numpy as np
from scipy.integrate import simpson

x = np.array([0.0, 0.5, 1.5, 2.0, 3.0])
y = np.array([0.0, 0.25, 2.25, 4.0, 9.0])

# x= gives the sample positions; dx= would wrongly assume one constant spacing
area = simpson(y, x=x)
