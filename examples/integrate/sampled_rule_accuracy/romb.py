# /// example
# task = """
# Sample sin(x) at 17 equally spaced points `x` on [0, pi] (values `y`) and integrate the samples \
# with `scipy.integrate.romb`; store the estimate in `approx` and its absolute error against the \
# exact value 2 in `error`."""
# prompt = """
# I sampled sin(x) at 17 equally spaced points `x` on [0, pi] with values `y`. Integrate those \
# samples with Romberg integration (scipy's romb), store the estimate in `approx` and its \
# absolute error against the exact value 2 in `error`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'x.size == 17 and np.allclose(y, np.sin(x))',
#     'error < 1e-08',
#     'np.isclose(approx, 2.0, atol=1e-08)',
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
approx = integrate.romb(y, dx=x[1] - x[0])
error = abs(approx - 2.0)
