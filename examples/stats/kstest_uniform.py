# /// example
# task = """
# Check a random-number generator: test whether `uniform_values` follows the standard uniform \
# distribution U(0, 1) with the one-sample Kolmogorov-Smirnov test; store the result in `result`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { uniform_values = 'uniform_values' }
# checks = [
#     '0 <= result.pvalue <= 1',
#     'np.isclose(result.statistic, (lambda x, n: max(np.max(np.arange(1, n + 1) / n - x), np.max(x - np.arange(n) / n)))(np.clip(np.sort(uniform_values), 0, 1), len(uniform_values)))',
# ]
# difficulty = 'basic'
# tags = ['goodness-of-fit', 'kolmogorov-smirnov']
# edge_cases = true
# ///
from scipy import stats

result = stats.kstest(uniform_values, "uniform")
