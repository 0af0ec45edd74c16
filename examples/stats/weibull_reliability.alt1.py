import numpy as np
from scipy import stats

rng = np.random.default_rng(42)
lifetimes = stats.weibull_min(c=1.8, scale=4000).rvs(size=1500, random_state=rng)

# floc=0 fixes the location, leaving the two-parameter Weibull
shape, _, scale = stats.weibull_min.fit(lifetimes, floc=0)
fitted = stats.weibull_min(shape, loc=0, scale=scale)
b10_life = fitted.ppf(0.10)
reliability_2000h = fitted.sf(2000)
