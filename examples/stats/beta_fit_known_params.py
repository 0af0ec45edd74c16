# /// example
# task = """
# Simulate 3000 proportions `proportions` from Beta(2, 5) (`rvs` with a seeded Generator) and \
# recover the two shape parameters `a_hat`, `b_hat` by maximum likelihood with the support fixed \
# to [0, 1] (`loc` = 0 and `scale` = 1 held fixed)."""
# prompt = """
# Simulate 3000 proportions `proportions` from a Beta(2, 5) distribution using a seeded NumPy \
# Generator, then recover the two shape parameters by maximum likelihood as `a_hat` and `b_hat`, \
# keeping the support fixed to [0, 1] (location `loc` = 0 and scale `scale` = 1 held fixed, not \
# estimated)."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'loc == 0 and scale == 1',
#     'abs(a_hat - 2.0) / 2.0 < 0.1 and abs(b_hat - 5.0) / 5.0 < 0.1',
#     'abs(a_hat / (a_hat + b_hat) - proportions.mean()) < 0.01',
# ]
# difficulty = 'intermediate'
# tags = ['probability-distributions', 'distribution-fitting']
# ///
import numpy as np
from scipy import stats

rng = np.random.default_rng(11)
proportions = stats.beta.rvs(2.0, 5.0, size=3000, random_state=rng)
# fixing loc and scale keeps the fit on the unit interval
a_hat, b_hat, loc, scale = stats.beta.fit(proportions, floc=0, fscale=1)
