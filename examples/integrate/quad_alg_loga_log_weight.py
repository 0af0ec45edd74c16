# /// example
# task = """
# Compute the integral of log(x) * cos(x) over [0, 1], whose integrand has a logarithmic \
# singularity at 0, by letting `quad` handle the log factor as a weight: `weight="alg-loga"` \
# with `wvar=(0, 0)` multiplies the integrand by log(x - a), so only cos(x) is passed. Store \
# the value in `value` and the error estimate in `error`."""
# prompt = """
# I need the integral from 0 to 1 of ln(x) cos(x). The log blows up at 0; I've seen that quad \
# has weight functions with a log(x - a) factor, so it would only have to integrate the smooth \
# cos(x). Please give the result in `value` and quad's error estimate in `error`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # integrating by parts: the integral equals -Si(1), minus the sine integral at 1
#     'np.isclose(value, -scipy.special.sici(1.0)[0], rtol=1e-12)',
#     '0 <= error < 1e-10',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'singularity', 'special-integrand']
# ///
import numpy as np
from scipy import integrate

# "alg-loga" weight: (x - a)**alpha * (b - x)**beta * log(x - a); alpha = beta = 0 leaves log(x)
value, error = integrate.quad(np.cos, 0.0, 1.0, weight="alg-loga", wvar=(0, 0))
