import numpy as np
from scipy.stats import binom

n_trials, p_success = 20, 0.3
dist = binom(n_trials, p_success)
# P(X >= 8) = P(X > 7): the survival function avoids 1 - cdf cancellation
p_at_least_8 = dist.sf(7)
p_exactly_6 = dist.pmf(6)
pmf = dist.pmf(np.arange(n_trials + 1))
