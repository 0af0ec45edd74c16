# /// example
# task = """
# Sample sin(x) at 17 equally spaced points `x` on [0, pi] (values `y`) and integrate the samples \
# with `scipy.integrate.simpson`; store the estimate in `approx` and its absolute error against \
# the exact value 2 in `error`."""
# prompt = """
# Take 17 equally spaced samples `x` of [0, pi] and the values `y` = sin(x), and integrate them \
# with Simpson's rule. Put the estimate in `approx` and its absolute error versus the exact \
# integral 2 in `error`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'x.size == 17 and np.allclose(y, np.sin(x))',
#     'error < 0.0001',
#     'np.isclose(approx, 2.0, atol=0.0001)',
#     'np.isclose(error, abs(approx - 2.0), rtol=1e-6, atol=1e-12)',
# ]
# difficulty = 'basic'
# tags = ['quadrature', 'sampled-data', 'parameter-choice']
# family = 'integrate.sampled_rule_accuracy'
# ///
import numpy as np
from scipy import integrate

# 2**k + 1 equally spaced samples: the layout Romberg integration requires
x = np.linspace(0, np.pi, 2**4 + 1)
y = np.sin(x)
approx = integrate.simpson(y, x=x)
error = abs(approx - 2.0)
