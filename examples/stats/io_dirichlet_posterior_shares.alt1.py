import numpy as np
from scipy.stats import dirichlet

alpha = np.array([1, 1, 1]) + np.array([12, 5, 3])
posterior = dirichlet(alpha)
total = alpha.sum()
mean_shares = alpha / total
# the marginal of a Dirichlet share is Beta(alpha_i, total - alpha_i)
sd_shares = np.sqrt(alpha * (total - alpha) / (total**2 * (total + 1)))
