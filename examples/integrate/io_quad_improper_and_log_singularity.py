# /// example
# task = """
# Evaluate the two integrals below numerically with SciPy's adaptive quadrature: the first over \
# the whole real line, the second with an integrable log singularity at x = 0. Store their \
# values in `cauchy_total` and `log_integral`; rounded to 6 decimals they print as shown.
#
# ```text
# I1 = integral from -inf to inf of 1 / (1 + x^2) dx
# I2 = integral from 0 to 1 of ln(x) dx
# ```
#
# Wanted:
#
# ```text
# cauchy_total = 3.141593, log_integral = -1.0
# ```"""
# prompt = """
# Can scipy's quad handle an infinite range and a log singularity at an endpoint? I want \
# `cauchy_total` and `log_integral` for
#
# ```text
# I1 = integral from -inf to inf of 1 / (1 + x^2) dx
# I2 = integral from 0 to 1 of ln(x) dx
# ```
#
# and I expect pi and -1:
#
# ```text
# cauchy_total = 3.141593, log_integral = -1.0
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(cauchy_total, np.pi, atol=5e-7)',
#     'np.isclose(log_integral, -1.0, atol=5e-7)',
#     'np.ndim(cauchy_total) == 0 and np.ndim(log_integral) == 0',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'improper-integral', 'singularity']
# ///
import numpy as np
from scipy import integrate

# infinite limits are mapped onto a finite interval internally
cauchy_total, _ = integrate.quad(lambda x: 1.0 / (1.0 + x**2), -np.inf, np.inf)
# quad never evaluates the endpoints, so ln(0) is not called
log_integral, _ = integrate.quad(np.log, 0.0, 1.0)
