# /// example
# task = """
# Compute the five integrals below, k = 0, 1, 2, 3, 4, in one call of SciPy's vector-valued \
# adaptive quadrature (the integrand returns all five values at once) and store them as an \
# array in `moments`. They equal k!, as shown.
#
# ```text
# M_k = integral from 0 to inf of x^k exp(-x) dx,   k = 0, 1, 2, 3, 4
# ```
#
# Wanted:
#
# ```text
# moments = [1.0, 1.0, 2.0, 6.0, 24.0]
# ```"""
# prompt = """
# I need the integrals of x^k exp(-x) over [0, inf) for k = 0 to 4 and would rather not call quad \
# five times. Can scipy do them in one vectorised call? Put them in `moments`:
#
# ```text
# M_k = integral from 0 to inf of x^k exp(-x) dx,   k = 0, 1, 2, 3, 4
# ```
#
# They should be the factorials:
#
# ```text
# moments = [1.0, 1.0, 2.0, 6.0, 24.0]
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.shape(moments) == (5,)',
#     'np.allclose(moments, [1.0, 1.0, 2.0, 6.0, 24.0], rtol=1e-7)',
# ]
# difficulty = 'advanced'
# tags = ['quadrature', 'improper-integral']
# ///
import numpy as np
from scipy import integrate

powers = np.arange(5)

# quad_vec subdivides the range once for all components, using the worst error estimate
moments, error_norm = integrate.quad_vec(lambda x: x**powers * np.exp(-x), 0, np.inf)
