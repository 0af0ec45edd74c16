# /// example
# task = """
# Simulate 1500 component lifetimes `lifetimes` (hours) from a Weibull distribution with shape \
# 1.8 and scale 4000 (`weibull_min.rvs`, seeded Generator), fit a two-parameter Weibull (location \
# fixed at 0) into `shape` and `scale`, and from the fit compute the B10 life `b10_life` (time by \
# which 10% of units fail) and the reliability at 2000 hours `reliability_2000h`."""
# prompt = """
# Simulate 1500 component lifetimes `lifetimes` in hours from a Weibull distribution with shape \
# 1.8 and scale 4000, using a seeded Generator. Fit a two-parameter Weibull (location fixed at 0) \
# into `shape` and `scale`, then from the fit compute the B10 life `b10_life` (the time by which \
# 10% of units have failed) and the reliability at 2000 hours, `reliability_2000h`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'abs(shape - 1.8) / 1.8 < 0.1 and abs(scale - 4000) / 4000 < 0.1',
#     'np.isclose(scipy.stats.weibull_min.cdf(b10_life, shape, scale=scale), 0.10)',
#     'np.isclose(reliability_2000h, np.exp(-((2000.0 / scale) ** shape)))',
# ]
# difficulty = 'intermediate'
# tags = ['probability-distributions', 'distribution-fitting', 'applied-science']
# ///
import numpy as np
from scipy import stats

rng = np.random.default_rng(5)
lifetimes = stats.weibull_min.rvs(1.8, scale=4000.0, size=1500, random_state=rng)
# lifetimes start at time 0, so floc=0 keeps the two-parameter Weibull: only shape and scale fit
shape, loc, scale = stats.weibull_min.fit(lifetimes, floc=0)
fitted = stats.weibull_min(shape, loc=loc, scale=scale)
b10_life = fitted.ppf(0.10)
# reliability is the survival function: the probability that a unit outlives 2000 hours
reliability_2000h = fitted.sf(2000.0)
