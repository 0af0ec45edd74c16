# /// example
# task = """
# Estimate the integral of prod(x_i**2) over the 4-dimensional unit cube with quasi-Monte Carlo \
# (`qmc_quad`) using a seeded scrambled Halton engine, 8 randomisations of 1024 points; store the \
# result in `result` (it has `.integral` and `.standard_error`)."""
# prompt = """
# Estimate the integral of x1**2 * x2**2 * x3**2 * x4**2 over the 4-D unit cube with quasi-Monte \
# Carlo integration in scipy. Use a scrambled Halton sequence with a fixed seed, 8 independent \
# randomisations of 1024 points each, and keep the returned result object (with its integral and \
# standard error) in `result`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'abs(result.integral - (1 / 3) ** 4) < 1e-3',
#     '0 < result.standard_error < 1e-3',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'multiple-integral']
# ///
import numpy as np
from scipy import integrate, stats

dim = 4
engine = stats.qmc.Halton(d=dim, seed=12)
# the integrand receives points as columns: shape (dim, n_points)
result = integrate.qmc_quad(
    lambda x: np.prod(x**2, axis=0),
    np.zeros(dim),
    np.ones(dim),
    n_estimates=8,
    n_points=1024,
    qrng=engine,
)
