# /// example
# task = """
# Test whether the counts `event_counts` are overdispersed relative to a Poisson distribution \
# with their own mean: run `scipy.stats.monte_carlo_test` with the statistic variance (dividing \
# by n) minus mean, a one-sided alternative (larger than under the null), and 999 simulated \
# samples drawn from a Poisson distribution with rate `event_counts.mean()` by a seeded \
# Generator. Store the result in `result`."""
# prompt = """
# Are my counts `event_counts` more variable than Poisson counts with the same mean would be? \
# Do a Monte Carlo test: the statistic is the variance (dividing by n) minus the mean, the \
# null samples come from a Poisson with rate equal to the sample mean, drawn by a seeded \
# Generator, `999` of them, and the alternative is one-sided (overdispersion means a larger \
# statistic). Store the test result in `result`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     'np.isclose(result.statistic, np.var(event_counts) - np.mean(event_counts))',
#     'len(result.null_distribution) == 999',
#     # simulated Poisson samples of size n: variance (ddof=0) minus mean averages -rate / n (6 standard errors)
#     '(lambda null, n: abs(null.mean() + np.mean(event_counts) / n) <= 6 * null.std() / np.sqrt(null.size) + 1e-9)(result.null_distribution, len(event_counts))',
#     # one-sided: the share of simulated statistics at least as large, counting the observed one
#     # (simulated values that tie the observed one up to rounding may count either way)
#     '(lambda null, s, tol: (np.sum(null > s + tol) + 1) / (null.size + 1) - 1e-12 <= result.pvalue <= (np.sum(null >= s - tol) + 1) / (null.size + 1) + 1e-12)(result.null_distribution, result.statistic, 1e-9 * max(1.0, abs(result.statistic)))',
#     '0 < result.pvalue <= 1',
# ]
# difficulty = 'advanced'
# tags = ['hypothesis-test', 'bootstrap', 'goodness-of-fit']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

rng = np.random.default_rng(0)
rate = event_counts.mean()


def excess_variance(x):
    return np.var(x) - np.mean(x)


# rvs draws the simulated samples; the seeded Generator makes them reproducible
result = stats.monte_carlo_test(
    event_counts,
    lambda size: rng.poisson(rate, size=size),
    excess_variance,
    n_resamples=999,
    alternative="greater",
)
