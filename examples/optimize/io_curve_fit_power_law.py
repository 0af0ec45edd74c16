# /// example
# task = """
# Fit the power law y = a x**b to the points (`x`, `y`) with `curve_fit`, starting from a = 1, \
# b = 1, and store a and b rounded to 3 decimals in `a_fit` and `b_fit`.
#
# ```text
# x = [1, 2, 3, 4, 5]
# y = [2.0, 5.657, 10.392, 16.0, 22.361]
# ```
#
# Wanted:
#
# ```text
# a_fit = 2.0
# b_fit = 1.5
# ```"""
# prompt = """
# My points (`x`, `y`) should follow a power law y = a x^b:
#
# ```text
# x = [1, 2, 3, 4, 5]
# y = [2.0, 5.657, 10.392, 16.0, 22.361]
# ```
#
# Fit it with curve_fit (start at a = 1, b = 1) and give me `a_fit` and `b_fit` rounded to 3 \
# decimals. I expect
#
# ```text
# a_fit = 2.0
# b_fit = 1.5
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(a_fit, 2.0, atol=1e-3)',
#     'np.isclose(b_fit, 1.5, atol=1e-3)',
#     'np.allclose(x, [1, 2, 3, 4, 5]) and np.allclose(y, [2.0, 5.657, 10.392, 16.0, 22.361])',
# ]
# difficulty = 'basic'
# tags = ['curve-fitting']
# ///
import numpy as np
from scipy import optimize

x = np.array([1, 2, 3, 4, 5], dtype=float)
y = np.array([2.0, 5.657, 10.392, 16.0, 22.361])
# fit in the original scale (a log-log line fit would weight the small values more)
(a, b), _ = optimize.curve_fit(lambda x, a, b: a * x**b, x, y, p0=[1.0, 1.0])
a_fit, b_fit = round(a, 3), round(b, 3)
