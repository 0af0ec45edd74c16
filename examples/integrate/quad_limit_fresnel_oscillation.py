# /// example
# task = """
# Integrate cos(x**2) from 0 to 30 with `quad`. The integrand oscillates faster and faster, so \
# the default 50 subintervals are not enough: raise the subdivision limit to 200 and ask for \
# the full output. Store the value in `value`, the number of integrand evaluations in `n_evals` \
# and the number of subintervals used in `n_intervals`."""
# prompt = """
# quad warns that "the maximum number of subdivisions (50) has been achieved" when I integrate \
# cos(x^2) from 0 to 30 (a Fresnel integral). Allow it 200 subintervals and give me the value in \
# `value`, plus from the diagnostic output how many function evaluations (`n_evals`) and how \
# many subintervals (`n_intervals`) it needed."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # the Fresnel integral C(z) with x = z * sqrt(pi / 2)
#     'np.isclose(value, np.sqrt(np.pi / 2) * scipy.special.fresnel(30 * np.sqrt(2 / np.pi))[1], atol=1e-9)',
#     '50 < n_intervals <= 200',
#     'n_evals == 21 * (2 * n_intervals - 1)',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'special-integrand', 'convergence']
# ///
import numpy as np
from scipy import integrate

# limit=200 allows more adaptive bisections than the default 50 for the fast oscillation
value, abserr, info = integrate.quad(lambda x: np.cos(x**2), 0.0, 30.0, limit=200, full_output=True)
n_evals = info["neval"]
n_intervals = info["last"]
