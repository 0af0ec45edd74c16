# /// example
# task = """
# Unmix a measured spectrum `mixture` (sampled at 100 wavelengths) into non-negative abundances \
# of three Gaussian-shaped reference spectra (the columns of `endmembers`) with `optimize.nnls`; \
# the mixture is 0.2, 0 and 0.7 of them plus seeded noise. Store the abundances in `abundances` \
# and the residual norm in `rnorm`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'abundances.shape == (3,) and np.all(abundances >= 0)',
#     'np.allclose(abundances, [0.2, 0.0, 0.7], atol=0.02)',
#     'np.isclose(rnorm, np.linalg.norm(endmembers @ abundances - mixture))',
# ]
# difficulty = 'basic'
# tags = ['least-squares', 'non-negative', 'spectroscopy']
# ///
import numpy as np
from scipy import optimize

wavelengths = np.linspace(400, 700, 100)
centres, width = np.array([450.0, 550.0, 620.0]), 30.0
endmembers = np.exp(-((wavelengths[:, None] - centres) ** 2) / (2 * width**2))
rng = np.random.default_rng(1)
mixture = endmembers @ np.array([0.2, 0.0, 0.7]) + rng.normal(scale=0.01, size=wavelengths.size)
abundances, rnorm = optimize.nnls(endmembers, mixture)
