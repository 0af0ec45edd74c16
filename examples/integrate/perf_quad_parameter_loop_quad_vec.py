# /// example
# task = """
# This loop computes the Laplace transform F(s) = integral_0^inf t**2 exp(-s t) dt for 50 values \
# of `s` from 0.5 to 5 (in `s`) and stores them in `transform`:
#
# ```python
# import numpy as np
# from scipy import integrate
#
# s = np.linspace(0.5, 5.0, 50)
# transform = np.array([integrate.quad(lambda t: t**2 * np.exp(-sk * t), 0, np.inf)[0] for sk in s])
# ```
#
# Replace the 50 separate quadratures with one adaptive call on a vector-valued integrand, \
# keeping `s` and `transform`."""
# prompt = """
# I evaluate the Laplace transform of t^2, integral from 0 to infinity of t^2 exp(-s t) dt, on a \
# grid `s` of 50 values from 0.5 to 5, one quad call per value, into `transform`:
#
# ```python
# import numpy as np
# from scipy import integrate
#
# s = np.linspace(0.5, 5.0, 50)
# transform = np.array([integrate.quad(lambda t: t**2 * np.exp(-sk * t), 0, np.inf)[0] for sk in s])
# ```
#
# Can one integration call handle the whole grid?"""
# task_type = 'performance'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(s, np.linspace(0.5, 5.0, 50))',
#     # the transform of t^2 is 2 / s^3
#     'np.allclose(transform, 2 / s**3, rtol=1e-7)',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'quadrature', 'improper-integral']
# ///
import numpy as np
from scipy import integrate

s = np.linspace(0.5, 5.0, 50)
# quad_vec integrates the whole array-valued integrand with one shared set of subintervals
transform, error = integrate.quad_vec(lambda t: t**2 * np.exp(-s * t), 0, np.inf)
