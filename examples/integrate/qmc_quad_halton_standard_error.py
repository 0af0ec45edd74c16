# /// example
# task = """
# Estimate the integral of exp(-(x1**2 + x2**2 + x3**2)) over the unit cube [0, 1]^3 with \
# quasi-Monte Carlo: `scipy.integrate.qmc_quad` with 8 independent estimates of 1024 points \
# each, drawn from a scrambled Halton sequence seeded with `rng=0`. Store the estimate in \
# `estimate` and its standard error in `std_error`."""
# prompt = """
# I need a quasi-Monte Carlo estimate, with an error bar, of the integral of \
# exp(-(x1^2 + x2^2 + x3^2)) over the unit cube. Use qmc_quad with a Halton sequence (seed it \
# with rng=0), 8 randomised estimates of 1024 points each. Store the value as `estimate` and \
# its standard error as `std_error`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     # the integrand factorises: (sqrt(pi) / 2 * erf(1))^3
#     'np.isclose(estimate, (np.sqrt(np.pi) / 2 * scipy.special.erf(1)) ** 3, atol=1e-3)',
#     '0 < std_error < 1e-3',
#     'abs(estimate - (np.sqrt(np.pi) / 2 * scipy.special.erf(1)) ** 3) < 6 * std_error',
# ]
# difficulty = 'intermediate'
# tags = ['multiple-integral', 'quadrature']
# requires = { scipy = ">=1.15" }
# ///
import numpy as np
from scipy import integrate
from scipy.stats import qmc


def integrand(x):
    # qmc_quad passes the points as an array of shape (d, n_points)
    return np.exp(-np.sum(x**2, axis=0))


result = integrate.qmc_quad(
    integrand, [0, 0, 0], [1, 1, 1], n_estimates=8, n_points=1024, qrng=qmc.Halton(d=3, rng=0)
)
estimate, std_error = result.integral, result.standard_error
