# /// example
# task = """
# Simulate 2000 waiting times `waits` from an exponential distribution with mean 2.5 minutes \
# (`rvs` with a seeded Generator), fit an exponential with location `loc` fixed at 0 to get the \
# mean waiting time `scale`, and compute the probability `p_long_wait` that a wait exceeds 10 \
# minutes under the fit."""
# prompt = """
# Simulate 2000 waiting times `waits` from an exponential distribution with mean 2.5 minutes \
# using a seeded Generator. Then fit an exponential with the location `loc` fixed at 0 to \
# estimate the mean waiting time `scale`, and compute `p_long_wait`, the fitted probability that \
# a wait exceeds 10 minutes."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'loc == 0 and np.isclose(scale, waits.mean())',
#     'abs(scale - 2.5) / 2.5 < 0.1',
#     'np.isclose(p_long_wait, np.exp(-10 / scale))',
# ]
# difficulty = 'intermediate'
# tags = ['probability-distributions', 'distribution-fitting']
# ///
import numpy as np
from scipy import stats

rng = np.random.default_rng(3)
waits = stats.expon.rvs(scale=2.5, size=2000, random_state=rng)
# floc=0: waiting times start at zero, only the scale is estimated
loc, scale = stats.expon.fit(waits, floc=0)
p_long_wait = stats.expon.sf(10, loc=loc, scale=scale)
