# /// example
# task = """
# Evaluate the gamma function Gamma(p) = integral_0^inf x**(p - 1) exp(-x) dx for the shape \
# values `shapes` = [0.5, 1.0, 2.0, 3.5] in one vectorised call of `scipy.integrate.tanhsinh`, \
# passing the shapes through `args`. The integrand is singular at 0 for p < 1, where tanh-sinh \
# may report failure: recompute every element whose `success` flag is False with `quad` \
# instead. Store the values in `gamma_values` and the four boolean success flags of the tanh-sinh \
# call in `converged`."""
# prompt = """
# I want Gamma(p) for `shapes` = [0.5, 1.0, 2.0, 3.5] as integrals of x^(p-1) e^(-x) over \
# [0, inf), all shapes in one call of the new tanhsinh integrator (shapes via args). For \
# p = 0.5 the integrand blows up at 0, so check the per-element success flags (keep all four in \
# `converged`) and redo any failed element with quad. Results in `gamma_values`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(shapes, [0.5, 1.0, 2.0, 3.5])',
#     'np.allclose(gamma_values, scipy.special.gamma([0.5, 1.0, 2.0, 3.5]), rtol=1e-7)',
#     'np.shape(converged) == (4,) and np.asarray(converged).dtype == bool and all(converged[1:])',
# ]
# difficulty = 'advanced'
# tags = ['quadrature', 'improper-integral', 'singularity', 'error-handling', 'convergence']
# requires = { scipy = ">=1.15" }
# ///
import numpy as np
from scipy import integrate

shapes = np.array([0.5, 1.0, 2.0, 3.5])


def integrand(x, p):
    return x ** (p - 1) * np.exp(-x)


# args broadcast against x, so one call integrates all four shapes element-wise
result = integrate.tanhsinh(integrand, 0, np.inf, args=(shapes,))
converged = result.success
gamma_values = result.integral.copy()
for i in np.flatnonzero(~converged):
    gamma_values[i] = integrate.quad(integrand, 0, np.inf, args=(shapes[i],))[0]
