# /// example
# task = """
# Integrate log(x) / sqrt(x) over [0, 1], whose integrand is singular at 0, by giving `quad` the \
# algebraic-logarithmic weight (`weight="alg-loga"`, `wvar=(-0.5, 0)`, i.e. x**-0.5 * log(x)) and \
# a constant integrand; store the result in `value` and the error estimate in `abserr`."""
# prompt = """
# I want the integral of log(x)/sqrt(x) from 0 to 1, which blows up at 0. Rather than fighting \
# the singularity, use quad's algebraic-logarithmic weight so the weight function is x**-0.5 * \
# log(x) (alpha = -0.5, beta = 0) and the remaining integrand is just 1. Store the value in \
# `value` and the error estimate in `abserr`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate']
# inputs = {}
# checks = [
#     'np.isclose(value, -4.0, rtol=1e-10)',
#     'abserr < 1e-8',
# ]
# difficulty = 'advanced'
# tags = ['quadrature', 'singularity']
# ///
from scipy import integrate

# the weight (x - a)**alpha * (b - x)**beta * log(x - a) absorbs the singular factors exactly
value, abserr = integrate.quad(lambda x: 1.0, 0, 1, weight="alg-loga", wvar=(-0.5, 0.0))
