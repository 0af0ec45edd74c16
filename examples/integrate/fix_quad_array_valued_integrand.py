# /// example
# task = """
# This code should compute the first five Fourier sine coefficients \
# b_k = (2 / pi) * integral_0^pi x (pi - x) sin(k x) dx, k = 1, 2, 3, 4, 5, in one quadrature call and \
# store them in `coefficients`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy import integrate
#
# k = np.arange(1, 6)
# coefficients, _ = integrate.quad(lambda x: 2 / np.pi * x * (np.pi - x) * np.sin(k * x), 0, np.pi)
# ```
#
# ```text
# TypeError: only 0-dimensional arrays can be converted to Python scalars
# ```
#
# Fix it, keeping one call that integrates all five at once."""
# prompt = """
# I want the sine-series coefficients b_k = (2 / pi) * integral_0^pi x (pi - x) sin(k x) dx for \
# k = 1, 2, 3, 4, 5 in `coefficients`, all from one integration call:
#
# ```python
# import numpy as np
# from scipy import integrate
#
# k = np.arange(1, 6)
# coefficients, _ = integrate.quad(lambda x: 2 / np.pi * x * (np.pi - x) * np.sin(k * x), 0, np.pi)
# ```
#
# ```text
# TypeError: only 0-dimensional arrays can be converted to Python scalars
# ```
#
# Can't quad integrate a vector?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.shape(coefficients) == (5,)',
#     # b_k = 8 / (pi k^3) for odd k and 0 for even k
#     'np.allclose(coefficients, np.where(np.arange(1, 6) % 2 == 1, 8 / (np.pi * np.arange(1, 6) ** 3), 0.0), atol=1e-9)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'quadrature', 'fourier-transform']
# ///
import numpy as np
from scipy import integrate

k = np.arange(1, 6)
# quad needs a scalar integrand; quad_vec integrates an array-valued one component-wise
coefficients, _ = integrate.quad_vec(
    lambda x: 2 / np.pi * x * (np.pi - x) * np.sin(k * x), 0, np.pi
)
