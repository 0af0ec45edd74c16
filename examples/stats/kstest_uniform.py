# /// example
# task = """
# Check a random-number generator: test whether `uniform_values` follows the standard uniform \
# distribution U(0, 1) with the one-sample Kolmogorov-Smirnov test; store the result in `result`."""
# prompt = """
# I'm checking a random-number generator: does `uniform_values` follow a standard uniform \
# distribution on (0, 1)? Use a one-sample Kolmogorov-Smirnov test and store it in `result`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { uniform_values = 'uniform_values' }
# checks = [
#     '0 <= result.pvalue <= 1',
#     'np.isclose(result.statistic, (lambda x, n: max(np.max(np.arange(1, n + 1) / n - x), np.max(x - np.arange(n) / n)))(np.clip(np.sort(uniform_values), 0, 1), len(uniform_values)))',
# ]
# difficulty = 'basic'
# tags = ['hypothesis-test', 'goodness-of-fit', 'nonparametric']
# edge_cases = true
# ///
from scipy import stats

# "uniform" names scipy's uniform with default loc=0 and scale=1, that is U(0, 1)
result = stats.kstest(uniform_values, "uniform")
