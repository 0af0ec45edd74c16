# /// example
# task = """
# Estimate the mean `mu` and sample standard deviation `sigma` of `values`, then compute with \
# `quad` the probability `prob` that a normal variable with those parameters lies within one \
# standard deviation of its mean: integrate the density of the deviation x - mu (mean 0, standard \
# deviation sigma, passed through `args=`) over [-sigma, sigma], which keeps the limits exact \
# however large mu is compared with sigma."""
# prompt = """
# From my sample `values`, estimate the mean `mu` and the sample standard deviation `sigma` (n-1 \
# denominator). Then use quad to get `prob`, the probability that a normal variable with those \
# parameters falls within one standard deviation of its mean: integrate the normal density of the \
# deviation x - mu (mean 0, sd sigma, passing sigma as an extra argument) over [-sigma, sigma], \
# so the limits stay exact even when mu is huge compared with sigma."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'np.isclose(mu, np.mean(values)) and np.isclose(sigma, np.std(values, ddof=1))',
#     # P(|Z| < 1) for a standard normal Z
#     'np.isclose(prob, math.erf(1 / math.sqrt(2)), rtol=1e-10)',
# ]
# difficulty = 'basic'
# tags = ['quadrature', 'probability-distributions']
# [edge_cases]
# min_size = 2
# constant = false
# why = 'a normal density needs a positive sample standard deviation: two or more values, not all equal'
# ///
import numpy as np
from scipy import integrate


def normal_pdf(x, mu, sigma):
    return np.exp(-0.5 * ((x - mu) / sigma) ** 2) / (sigma * np.sqrt(2 * np.pi))


mu, sigma = values.mean(), values.std(ddof=1)
# the deviation x - mu is normal with mean 0: its limits -sigma, sigma are exact, where
# mu - sigma and mu + sigma would be rounded at the magnitude of mu
prob, abserr = integrate.quad(normal_pdf, -sigma, sigma, args=(0.0, sigma))
