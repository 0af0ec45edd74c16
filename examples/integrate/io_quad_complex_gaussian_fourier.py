# /// example
# task = """
# Evaluate the complex-valued integral below, the Fourier transform of exp(-x^2) at \
# omega = 1, with SciPy's adaptive quadrature in a single call that handles a complex \
# integrand, and store it in `transform` (a complex number); rounded to 6 decimals it prints as \
# shown.
#
# ```text
# F(1) = integral from -inf to inf of exp(-x^2) exp(-i x) dx
# ```
#
# Wanted:
#
# ```text
# transform = (1.380388+0j)
# ```"""
# prompt = """
# I need the Fourier transform of exp(-x^2) at omega = 1, a complex integral over the whole line. \
# Can scipy's quad do the complex integrand in one call? Put the result in `transform`:
#
# ```text
# F(1) = integral from -inf to inf of exp(-x^2) exp(-i x) dx
# ```
#
# Analytically it is sqrt(pi) exp(-1/4):
#
# ```text
# transform = (1.380388+0j)
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.iscomplexobj(transform)',
#     'np.isclose(transform, 1.380388 + 0j, atol=5e-7)',
#     'np.isclose(transform, np.sqrt(np.pi) * np.exp(-0.25), atol=1e-9)',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'improper-integral', 'fourier-transform']
# ///
import numpy as np
from scipy import integrate


def integrand(x):
    return np.exp(-(x**2)) * np.exp(-1j * x)


# complex_func=True integrates the real and imaginary parts separately and returns a complex value
transform, _ = integrate.quad(integrand, -np.inf, np.inf, complex_func=True)
