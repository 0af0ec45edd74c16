# /// example
# task = """
# Draw a Latin hypercube sample of 10 points in 3 dimensions, seeded with `rng=1`, and \
# scale it to the parameter ranges learning rate 0.001-0.1, batch size 16-256 and dropout \
# 0.0-0.5 (columns in that order). Store the unit-cube sample in `unit_points` and the scaled \
# design in `design`."""
# prompt = """
# For a 10-run hyperparameter sweep I want a Latin hypercube design over 3 parameters, learning rate \
# (0.001 to 0.1), batch size (16 to 256) and dropout (0 to 0.5), so that each parameter's range \
# is split into 10 strata with one run in each. Seed the sampler with rng=1. Keep the raw \
# unit-cube points in `unit_points` and the scaled ones in `design`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.shape(unit_points) == (10, 3)',
#     # one point in each of the 10 strata of every dimension
#     'all(np.array_equal(np.sort(np.floor(unit_points[:, j] * 10)), np.arange(10)) for j in range(3))',
#     'np.allclose(design, np.array([0.001, 16, 0.0]) + unit_points * np.array([0.099, 240, 0.5]))',
# ]
# difficulty = 'basic'
# tags = ['applied-science']
# requires = { scipy = ">=1.15" }
# ///
from scipy.stats import qmc

sampler = qmc.LatinHypercube(d=3, rng=1)
unit_points = sampler.random(n=10)
# qmc.scale maps each unit column linearly onto its [lower, upper] range
design = qmc.scale(unit_points, [0.001, 16, 0.0], [0.1, 256, 0.5])
