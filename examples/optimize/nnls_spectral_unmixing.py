# /// example
# task = """
# Unmix a measured spectrum `mixture` (sampled at 100 wavelengths) into non-negative abundances \
# of three Gaussian-shaped reference spectra (the columns of `endmembers`) with `optimize.nnls`; \
# the mixture is 0.2, 0 and 0.7 of them plus seeded noise. Store the abundances in `abundances` \
# and the residual norm in `rnorm`."""
# prompt = """
# Simulate a spectrum at 100 wavelengths from 400 to 700 nm: three Gaussian reference spectra \
# centred at 450, 550 and 620 nm with width 30 nm form the columns of `endmembers`, and `mixture` \
# = 0.2, 0 and 0.7 of them plus seeded noise with sd 0.01. Unmix it into non-negative abundances \
# with non-negative least squares, and store the abundances in `abundances` and the residual norm \
# in `rnorm`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'abundances.shape == (3,) and np.all(abundances >= 0)',
#     'np.allclose(abundances, [0.2, 0.0, 0.7], atol=0.02)',
#     'np.isclose(rnorm, np.linalg.norm(endmembers @ abundances - mixture))',
# ]
# difficulty = 'basic'
# tags = ['least-squares', 'constrained-optimization', 'applied-science']
# ///
import numpy as np
from scipy import optimize

wavelengths = np.linspace(400, 700, 100)
centres, width = np.array([450.0, 550.0, 620.0]), 30.0
# broadcasting a column of wavelengths against the centres gives a 100 x 3 matrix, one
# reference spectrum per column
endmembers = np.exp(-((wavelengths[:, None] - centres) ** 2) / (2 * width**2))
rng = np.random.default_rng(1)
mixture = endmembers @ np.array([0.2, 0.0, 0.7]) + rng.normal(scale=0.01, size=wavelengths.size)
# nnls returns the residual norm ||A x - b|| itself, not its square
abundances, rnorm = optimize.nnls(endmembers, mixture)
