# /// example
# task = """
# Compute the Gaussian integral of exp(-x**2) over the whole real line with \
# `scipy.integrate.quad`, passing infinite limits; store the value in `value` and QUADPACK's \
# error estimate in `abserr`."""
# prompt = """
# Can you compute the Gaussian integral of exp(-x**2) over the whole real line with \
# scipy.integrate.quad, passing infinite limits directly? Store the result in `value` and quad's \
# error estimate in `abserr`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(value, np.sqrt(np.pi), rtol=1e-10)',
#     '0 <= abserr < 1e-6',
# ]
# difficulty = 'basic'
# tags = ['quadrature', 'improper-integral']
# ///
import numpy as np
from scipy import integrate

# infinite limits are allowed: quad maps the real line onto a finite interval internally
value, abserr = integrate.quad(lambda x: np.exp(-(x**2)), -np.inf, np.inf)
