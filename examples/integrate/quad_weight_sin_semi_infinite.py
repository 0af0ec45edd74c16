# /// example
# task = """
# Compute the Fourier sine integral of exp(-a*x) over [0, inf) for a = 0.5 and angular frequency \
# `omega` = 20 with `quad`'s sine weight (`weight="sin"`, `wvar=omega`), which is built for \
# oscillatory integrands on infinite ranges; store it in `value` and the error estimate in \
# `abserr`."""
# prompt = """
# I need the Fourier sine integral of exp(-0.5 x) over [0, inf) at angular frequency `omega` = \
# 20. The integrand oscillates forever, so use quad's sine weight with omega as the weight \
# parameter instead of integrating sin directly. Store the value in `value` and the error \
# estimate in `abserr`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(value, omega / (0.5**2 + omega**2), rtol=1e-8)',
#     'abserr < 1e-8',
# ]
# difficulty = 'advanced'
# tags = ['quadrature', 'special-integrand', 'fourier-transform']
# ///
import numpy as np
from scipy import integrate

a, omega = 0.5, 20.0
# quad multiplies the integrand by sin(omega * x) and uses a Fourier-integral rule (QAWF)
value, abserr = integrate.quad(lambda x: np.exp(-a * x), 0, np.inf, weight="sin", wvar=omega)
