# /// example
# task = """
# Compare how evenly two designs of 256 points fill the unit square: draw `sobol_points` from a \
# scrambled Sobol sequence (`scipy.stats.qmc.Sobol`, `rng=0`) and `random_points` as uniform \
# random numbers from `np.random.default_rng(0)`, then compute the centred L2 discrepancy of each \
# with `scipy.stats.qmc.discrepancy` on all CPU cores; store them in `sobol_discrepancy` and \
# `random_discrepancy`."""
# prompt = """
# I want to show that a scrambled Sobol design covers the unit square more evenly than plain \
# random points. Draw 256 2-D points from scipy's Sobol sequence (scrambled, `rng=0`) as \
# `sobol_points` and 256 uniform points from `np.random.default_rng(0)` as `random_points`, and \
# compute the centred discrepancy of both with scipy's qmc module, using all cores. Store them in \
# `sobol_discrepancy` and `random_discrepancy`."""
# domain = 'numerical_methods'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'sobol_points.shape == (256, 2) and random_points.shape == (256, 2)',
#     'np.allclose(sobol_points, scipy.stats.qmc.Sobol(d=2, scramble=True, rng=0).random(256))',
#     'np.allclose(random_points, np.random.default_rng(0).random((256, 2)))',
#     # Hickernell's centred L2 discrepancy (squared), written out for each design
#     '''all(
#         np.isclose(value, (13 / 12) ** 2
#             - 2 / 256 * np.prod(1 + 0.5 * np.abs(p - 0.5) - 0.5 * np.abs(p - 0.5) ** 2, axis=1).sum()
#             + np.prod(1 + 0.5 * np.abs(p[:, None] - 0.5) + 0.5 * np.abs(p[None, :] - 0.5)
#                       - 0.5 * np.abs(p[:, None] - p[None, :]), axis=2).sum() / 256**2, rtol=1e-6)
#         for value, p in [(sobol_discrepancy, sobol_points), (random_discrepancy, random_points)]
#     )''',
#     'sobol_discrepancy < random_discrepancy',
# ]
# difficulty = 'intermediate'
# tags = ['parallelism']
# # rng= replaced seed= in SciPy 1.15
# requires = { scipy = ">=1.15" }
# ///
import numpy as np
from scipy.stats import qmc

# a power of two (256) keeps the balance properties of the Sobol sequence
sobol_points = qmc.Sobol(d=2, scramble=True, rng=0).random(256)
random_points = np.random.default_rng(0).random((256, 2))

# the discrepancy sums over all pairs of points; workers=-1 splits that sum over every core
sobol_discrepancy = qmc.discrepancy(sobol_points, method="CD", workers=-1)
random_discrepancy = qmc.discrepancy(random_points, method="CD", workers=-1)
