# /// example
# task = '''
# Write a function `erf_by_quadrature` with the signature and docstring below; it must integrate
# all limits in one vectorised call of SciPy's tanh-sinh quadrature rather than looping.
#
# ```python
# def erf_by_quadrature(x):
#     """Error function 2 / sqrt(pi) * integral_0^x exp(-t^2) dt.
#
#     x is a scalar or an array of any shape; all upper limits are
#     integrated together in one vectorised call. Negative x gives the
#     negative value (the integral runs backwards) and x = 0 gives 0.
#     Returns an array of x's shape.
#     """
# ```'''
# prompt = """
# To check my own error-function code I want `erf_by_quadrature(x)`: 2 / sqrt(pi) times the \
# integral of exp(-t^2) from 0 to x, for a scalar or an array of any shape (same shape back), \
# with all the upper limits done in one vectorised quadrature call (scipy's tanh-sinh, no \
# Python loop). Negative x should come out negative and x = 0 should give 0."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(erf_by_quadrature(np.array([-1.0, 0.0, 0.5, 3.0])), scipy.special.erf([-1.0, 0.0, 0.5, 3.0]), rtol=1e-10, atol=1e-14)',
#     'np.shape(erf_by_quadrature(np.array([[0.1, -2.0], [0.0, 5.0]]))) == (2, 2)',
#     'np.allclose(erf_by_quadrature(np.array([[0.1, -2.0], [0.0, 5.0]])), scipy.special.erf([[0.1, -2.0], [0.0, 5.0]]), rtol=1e-10, atol=1e-14)',
#     'np.shape(erf_by_quadrature(0.3)) == () and np.isclose(erf_by_quadrature(0.3), scipy.special.erf(0.3), rtol=1e-10)',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'quadrature', 'vectorization']
# requires = { scipy = ">=1.15" }
# ///
import numpy as np
from scipy import integrate


def erf_by_quadrature(x):
    """Error function 2 / sqrt(pi) * integral_0^x exp(-t^2) dt.

    x is a scalar or an array of any shape; all upper limits are
    integrated together in one vectorised call. Negative x gives the
    negative value (the integral runs backwards) and x = 0 gives 0.
    Returns an array of x's shape.
    """
    upper = np.asarray(x, dtype=float)
    # tanhsinh broadcasts the limits and refines every integral until each meets its tolerance
    result = integrate.tanhsinh(lambda t: np.exp(-(t**2)), 0.0, upper)
    return 2 / np.sqrt(np.pi) * result.integral
