# /// example
# task = """
# Test whether `values` is normally distributed with unknown mean and standard deviation using \
# `scipy.stats.goodness_of_fit` with the Anderson-Darling statistic (the parameters are \
# re-estimated on each of 500 Monte Carlo samples, seeded Generator); store the result in \
# `result`."""
# prompt = """
# Is `values` normally distributed, with mean and standard deviation unknown? Run a Monte Carlo \
# goodness-of-fit test in scipy with the Anderson-Darling statistic, re-estimating the parameters \
# on each of 500 simulated samples with a seeded Generator, and store the result in `result`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     '0 <= result.pvalue <= 1',
#     'len(result.null_distribution) == 500',
#     'np.isclose(result.fit_result.params.loc, values.mean())',
#     # goodness_of_fit fits the normal scale with the unbiased (ddof=1) standard deviation
#     'np.isclose(result.fit_result.params.scale, values.std(ddof=1))',
#     # A^2 from the standardized order statistics; log-CDF and log-SF stay finite far in the tails
#     'np.isclose(result.statistic, (lambda z, n: -n - np.mean((2 * np.arange(1, n + 1) - 1) * (scipy.stats.norm.logcdf(z) + scipy.stats.norm.logsf(z[::-1]))))((np.sort(values) - values.mean()) / values.std(ddof=1), len(values)))',
# ]
# difficulty = 'advanced'
# tags = ['hypothesis-test', 'goodness-of-fit', 'normality']
# [edge_cases]
# min_size = 2
# constant = false
# why = "fitting a normal's mean and standard deviation needs at least two observations that vary"
# ///
import numpy as np
from scipy import stats

# the null distribution is simulated with the parameters re-fitted to every sample,
# so the p-value accounts for estimating them (stats.anderson gives only critical values)
result = stats.goodness_of_fit(
    stats.norm,
    values,
    statistic="ad",
    n_mc_samples=500,
    random_state=np.random.default_rng(0),
)
