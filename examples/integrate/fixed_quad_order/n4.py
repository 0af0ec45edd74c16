# /// example
# task = """
# Integrate exp(x) over [0, 2] with 4-point Gauss-Legendre quadrature (`fixed_quad` with `n=4`); \
# store the approximation in `approx` and its absolute error against the exact value e**2 - 1 in \
# `error`."""
# prompt = """
# I'm checking how fast Gauss-Legendre quadrature converges: integrate exp(x) on [0, 2] with a \
# fixed 4-point rule (n=4), store the estimate in `approx` and the absolute error against the \
# exact value e**2 - 1 in `error`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(approx, np.exp(2) - 1, rtol=1e-06, atol=0)',
#     'error < 1e-06 * (np.exp(2) - 1)',
#     # the 4-point Gauss-Legendre nodes and weights on [-1, 1], shifted to [0, 2]
#     'np.isclose(approx, np.dot(np.polynomial.legendre.leggauss(4)[1], np.exp(1 + np.polynomial.legendre.leggauss(4)[0])), rtol=1e-12)',
#     'np.isclose(error, abs(approx - (np.exp(2) - 1)), rtol=1e-6, atol=1e-12)',
# ]
# difficulty = 'basic'
# tags = ['quadrature', 'gaussian-quadrature', 'parameter-choice']
# family = 'integrate.fixed_quad_order'
# ///
import numpy as np
from scipy import integrate

# an n-point Gauss rule is exact for polynomials up to degree 2n - 1
approx, _ = integrate.fixed_quad(np.exp, 0, 2, n=4)
error = abs(approx - (np.exp(2) - 1))
