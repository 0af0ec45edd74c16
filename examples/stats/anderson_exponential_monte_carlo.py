# /// example
# task = """
# Test whether the waiting times `skewed` follow an exponential distribution (location 0, scale \
# estimated from the data) with the Anderson-Darling test `scipy.stats.anderson`, computing its \
# p-value by Monte Carlo simulation with 999 samples from a seeded Generator; store the result \
# in `result`."""
# prompt = """
# Do my waiting times `skewed` look exponential (starting at 0, with the scale estimated from \
# the data)? Run scipy's Anderson-Darling test for the exponential distribution and get a real \
# p-value by Monte Carlo simulation, `999` simulated samples from a seeded Generator, rather than \
# interpolating in the table of critical values. Store the result in `result`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     # A^2 of the data divided by their mean, against the unit exponential
#     '(lambda w, n: np.isclose(result.statistic, -n - np.mean((2 * np.arange(1, n + 1) - 1) * (np.log1p(-np.exp(-w)) - w[::-1]))))(np.sort(skewed) / np.mean(skewed), len(skewed))',
#     # the statistic is scale-free, so the null distribution is that of unit-exponential samples
#     '(lambda w, n: (lambda null: abs(result.pvalue - (np.sum(null >= result.statistic * (1 - 1e-9)) + 1) / (null.size + 1)) <= 4.5 * np.sqrt(0.25 * (1 / 999 + 1 / null.size)) + 2 / 999)(-n - np.mean((2 * np.arange(1, n + 1) - 1) * (np.log1p(-np.exp(-w)) - w[:, ::-1]), axis=1)))((lambda x: np.sort(x, axis=1) / x.mean(axis=1, keepdims=True))(np.random.default_rng(1).exponential(size=(2000, len(skewed)))), len(skewed))',
#     '0 < result.pvalue <= 1',
# ]
# difficulty = 'advanced'
# tags = ['hypothesis-test', 'goodness-of-fit', 'bootstrap']
# requires = { scipy = ">=1.17" }
# edge_cases = true
# ///
import numpy as np
from scipy import stats

# method= replaces the table of critical values with a p-value; Monte Carlo refits the scale
# to every simulated sample
mc = stats.MonteCarloMethod(n_resamples=999, rng=np.random.default_rng(0))
result = stats.anderson(skewed, dist="expon", method=mc)
