import numpy as np
from scipy.stats import weibull_min

rng = np.random.default_rng(2026)
lifetimes = weibull_min.rvs(1.8, scale=4000, size=1500, random_state=rng)

shape, loc, scale = weibull_min.fit(lifetimes, floc=0)
# closed forms of the Weibull CDF F(t) = 1 - exp(-(t / scale) ** shape)
b10_life = scale * (-np.log(0.9)) ** (1 / shape)
reliability_2000h = np.exp(-((2000 / scale) ** shape))
