# /// example
# task = """
# Fit the model y = a x^2 + b (no linear term) to the five points below by least squares with \
# SciPy's curve fitting and store the fitted `a` and `b`; rounded to 4 decimals they print as \
# shown.
#
# ```text
#   x     y
#   0   1.0
#   1   3.1
#   2   8.9
#   3  19.2
#   4  32.8
# ```
#
# Wanted:
#
# ```text
# a = 1.9902, b = 1.0586
# ```"""
# prompt = """
# My readings follow y = a x^2 + b with no linear term, and I want the least-squares `a` and `b` \
# from scipy:
#
# ```text
#   x     y
#   0   1.0
#   1   3.1
#   2   8.9
#   3  19.2
#   4  32.8
# ```
#
# I think it should be about
#
# ```text
# a = 1.9902, b = 1.0586
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(a, 1.9902, atol=5e-5)',
#     'np.isclose(b, 1.0586, atol=5e-5)',
#     # a full quadratic with a linear term would give other values
#     'np.allclose([a, b], np.linalg.lstsq(np.column_stack([np.arange(5.0) ** 2, np.ones(5)]), [1.0, 3.1, 8.9, 19.2, 32.8], rcond=None)[0], atol=1e-6)',
# ]
# difficulty = 'basic'
# tags = ['curve-fitting', 'least-squares']
# ///
import numpy as np
from scipy.optimize import curve_fit

x = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
y = np.array([1.0, 3.1, 8.9, 19.2, 32.8])


def model(x, a, b):
    return a * x**2 + b


# curve_fit passes x first, then the parameters in order
(a, b), _ = curve_fit(model, x, y)
