import numpy as np
from scipy import integrate, stats

mu, sigma = np.mean(values), np.std(values, ddof=1)
# density of the deviation x - mu: a normal with mean 0 and scale sigma, passed through args
prob, err = integrate.quad(stats.norm.pdf, -sigma, sigma, args=(0.0, sigma))
