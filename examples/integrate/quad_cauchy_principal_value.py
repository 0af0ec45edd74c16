# /// example
# task = """
# Compute the Cauchy principal value of the integral of x**2 / (x - c) from a = 0 to b = 3 with \
# the pole at c = 1, using `quad` with `weight="cauchy"` and `wvar=c`; store it in `pv` and the \
# error estimate in `abserr`."""
# prompt = """
# I need the Cauchy principal value of the integral of x**2/(x - c) from 0 to 3 with the pole at \
# c = 1. Use quad's Cauchy weight so it handles the 1/(x - c) singularity, and store the \
# principal value in `pv` and the error estimate in `abserr`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate']
# inputs = {}
# checks = [
#     # x**2/(x - c) = x + c + c**2/(x - c): the last term gives c**2 log((b - c)/(c - a))
#     'np.isclose(pv, 4.5 + 3.0 + np.log(2.0), rtol=1e-10)',
#     'abserr < 1e-8',
# ]
# difficulty = 'advanced'
# tags = ['quadrature', 'singularity', 'special-integrand']
# ///
from scipy import integrate

a, b, c = 0.0, 3.0, 1.0
# weight="cauchy" divides the integrand by (x - wvar) and returns the principal value
pv, abserr = integrate.quad(lambda x: x**2, a, b, weight="cauchy", wvar=c)
