import numpy as np
from scipy.stats import norm

mu, sigma = 1.2, 0.4
# work on the log scale: log(diameter) ~ Normal(mu, sigma)
mean_diameter = np.exp(mu + sigma**2 / 2)
share_above_5 = norm.sf(np.log(5.0), loc=mu, scale=sigma)
