# /// example
# task = """
# Draw a scrambled Sobol sample of 2**7 = 128 points in two dimensions, seeded with `rng=0` \
# (use `random_base2`, which keeps the sequence's balance properties), and scale it to \
# temperatures 20-80 degC (first column) and pressures 1-5 bar (second column). Store the unit \
# sample in `unit_points`, the scaled design in `design`, and the centred L2 discrepancy of \
# the unit sample in `discrepancy`."""
# prompt = """
# I need 128 experimental settings covering temperature 20-80 degC and pressure 1-5 bar more \
# evenly than random points. Use a scrambled Sobol sequence (seed it with rng=0, draw a power \
# of two with random_base2), keep the points in the unit square as `unit_points`, the scaled \
# settings as `design` (temperature, pressure) and the sample's centred discrepancy as \
# `discrepancy`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.shape(unit_points) == (128, 2) and np.all((unit_points >= 0) & (unit_points < 1))',
#     'np.allclose(design, [20, 1] + unit_points * [60, 4])',
#     # a (0, m, 2)-net: every one of 128 equal slices of either axis holds exactly one point
#     'all(np.array_equal(np.sort(np.floor(unit_points[:, j] * 128)), np.arange(128)) for j in range(2))',
#     'np.isclose(discrepancy, scipy.stats.qmc.discrepancy(unit_points))',
#     'discrepancy < scipy.stats.qmc.discrepancy(np.random.default_rng(0).random((128, 2)))',
# ]
# difficulty = 'intermediate'
# tags = ['applied-science']
# requires = { scipy = ">=1.15" }
# ///
from scipy.stats import qmc

sampler = qmc.Sobol(d=2, scramble=True, rng=0)
# m=7 draws exactly 2**7 points, the sizes at which Sobol nets are balanced
unit_points = sampler.random_base2(m=7)
design = qmc.scale(unit_points, l_bounds=[20, 1], u_bounds=[80, 5])
discrepancy = qmc.discrepancy(unit_points)
