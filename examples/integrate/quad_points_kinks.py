# /// example
# task = """
# Integrate |sin(x)| from 0 to 10 with `quad`, telling it where the integrand has kinks (the \
# multiples of pi inside the interval) through `points=`; store the result in `value` and the \
# error estimate in `abserr`."""
# prompt = """
# Integrate |sin(x)| from 0 to 10 with quad. The integrand has kinks at the multiples of pi \
# inside the interval, so tell quad where they are as break points. Store the result in `value` \
# and the error estimate in `abserr` (it should be tiny, below 1e-8)."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(value, 7 + np.cos(10), rtol=1e-10)',
#     'abserr < 1e-8',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'special-integrand']
# ///
import numpy as np
from scipy import integrate

# breakpoints at the kinks let the adaptive rule split there instead of hunting for them
kinks = np.pi * np.arange(1, 4)
value, abserr = integrate.quad(lambda x: np.abs(np.sin(x)), 0, 10, points=kinks)
