# /// example
# task = """
# Integrate cos(50 x) * exp(-0.01 x) over [0, 200] with `quad(..., full_output=1)`; QUADPACK \
# reports a convergence problem as a 4th returned item instead of an IntegrationWarning. Store \
# that message in `first_message` (None if there was none); if there was one, redo the integral \
# with the cosine weight (`weight="cos"`). Store the final result in `value` and `abserr`, and \
# whether the final call converged in `converged`."""
# prompt = """
# Integrating cos(50 x) * exp(-0.01 x) over [0, 200] with plain quad runs into convergence \
# trouble. Request the full output so the problem comes back as a message (4th returned item) \
# instead of a warning, save that message in `first_message` (None if there was none), and if \
# there was one redo the integral using quad's cosine weight. Store the final `value`, `abserr`, \
# and a boolean `converged` for whether that final call succeeded."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'isinstance(first_message, str) and len(first_message) > 0',
#     'converged',
#     'np.isclose(value, ((1 - np.exp(-(0.01 - 50j) * 200)) / (0.01 - 50j)).real, rtol=1e-8, atol=1e-12)',
#     'abserr < 1e-8',
# ]
# difficulty = 'advanced'
# tags = ['quadrature', 'special-integrand', 'error-handling']
# ///
import numpy as np
from scipy import integrate

rate, omega, upper = 0.01, 50.0, 200.0
result = integrate.quad(lambda x: np.cos(omega * x) * np.exp(-rate * x), 0, upper, full_output=1)
first_message = result[3] if len(result) > 3 else None
if first_message is not None:
    # too many oscillations for plain subdivision: let a cosine-weighted rule (QAWO) absorb them
    result = integrate.quad(
        lambda x: np.exp(-rate * x), 0, upper, weight="cos", wvar=omega, full_output=1
    )
value, abserr = result[0], result[1]
converged = len(result) == 3
