# /// example
# task = """
# Estimate the density of the 1-D sample `values` with `KernelDensity(kernel="gaussian", \
# bandwidth=2.0)` and evaluate it on 50 evenly spaced points from `values.min() - 5` to \
# `values.max() + 5`; store the points in `grid` and the density values (not logs) in `density`."""
# prompt = """
# I want a smooth density curve for my sample `values`: Gaussian kernel with a fixed bandwidth of \
# `2.0`, evaluated at 50 equally spaced points from 5 below the minimum to 5 above the maximum. \
# Points in `grid`, densities (not log densities) in `density`, using scikit-learn's \
# `KernelDensity`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'scipy', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'np.allclose(grid, np.linspace(np.min(values) - 5, np.max(values) + 5, 50))',
#     # mean of normal pdfs with sd 2 centred on the observations
#     'np.allclose(density, scipy.stats.norm.pdf(np.subtract.outer(np.linspace(np.min(values) - 5, np.max(values) + 5, 50), values), scale=2.0).mean(axis=1), rtol=1e-6, atol=1e-12)',
# ]
# difficulty = 'intermediate'
# tags = ['density-estimation']
# edge_cases = true
# ///
import numpy as np
from sklearn.neighbors import KernelDensity

kde = KernelDensity(kernel="gaussian", bandwidth=2.0).fit(values.reshape(-1, 1))
grid = np.linspace(values.min() - 5, values.max() + 5, 50)
# score_samples returns log densities
density = np.exp(kde.score_samples(grid.reshape(-1, 1)))
