# /// example
# task = """
# Compute the integral of exp(x) / sqrt(1 - x**2) over [-1, 1], whose integrand is infinite at \
# both ends, with `quad`'s algebraic weight (`weight="alg"`, exponents -0.5 at both ends) so \
# that only the smooth factor exp(x) is passed as the integrand. Store the value in `value` and \
# the error estimate in `error`."""
# prompt = """
# I need the integral of exp(x) / sqrt(1 - x^2) from -1 to 1. The integrand blows up at both \
# ends. I read that quad can take the 1/sqrt((x + 1)(1 - x)) part as a weight function so it \
# only samples exp(x). Please put the result in `value` and quad's error estimate in `error`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # substituting x = cos(t) turns it into the integral of exp(cos t) over [0, pi] = pi * I0(1)
#     'np.isclose(value, np.pi * scipy.special.i0(1.0), rtol=1e-10)',
#     '0 <= error < 1e-8',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'singularity', 'special-integrand']
# ///
import numpy as np
from scipy import integrate

# weight="alg" multiplies the integrand by (x - a)**alpha * (b - x)**beta, here with alpha = beta = -0.5
value, error = integrate.quad(np.exp, -1.0, 1.0, weight="alg", wvar=(-0.5, -0.5))
