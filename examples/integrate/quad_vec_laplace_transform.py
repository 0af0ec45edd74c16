# /// example
# task = """
# Evaluate the Laplace transform of sin(t) at the 10 values `s` = linspace(0.5, 5, 10) in a \
# single call to `quad_vec`, integrating the vector-valued integrand exp(-s t) sin(t) over t in \
# [0, inf); store the result in `transform`."""
# prompt = """
# I want the Laplace transform of sin(t) at 10 values `s` = linspace(0.5, 5, 10), computed in a \
# single call with scipy's vector-valued quadrature: integrate exp(-s t) sin(t) for all s at once \
# over t from 0 to infinity. Store the array in `transform`, one value per s."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'transform.shape == s.shape',
#     'np.allclose(transform, 1 / (1 + s**2), atol=1e-8)',
#     's.shape == (10,) and np.allclose(s, np.linspace(0.5, 5, 10))',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'vectorization']
# ///
import numpy as np
from scipy import integrate

s = np.linspace(0.5, 5, 10)
# quad_vec adapts one set of subintervals for all components of an array-valued integrand
transform, abserr = integrate.quad_vec(lambda t: np.exp(-s * t) * np.sin(t), 0, np.inf)
