# /// example
# task = """
# An instrument's specification says its readings are normal with mean 50 and standard deviation \
# 10. Test whether the readings `values` follow exactly that distribution (parameters given, not \
# estimated) with the one-sample Cramer-von Mises test, `scipy.stats.cramervonmises`, and store \
# the result in `result`."""
# prompt = """
# According to the spec sheet, my instrument's readings should be normal with mean `50` and \
# standard deviation `10`. Check whether the readings in `values` are consistent with exactly \
# that distribution (the parameters are given, not fitted) using the one-sample Cramer-von Mises \
# test, and store the result in `result`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     # W^2 = 1 / (12 n) + sum(((2 i - 1) / (2 n) - F(x_(i))) ** 2) with F the specified normal CDF
#     '(lambda u, n: np.isclose(result.statistic, 1 / (12 * n) + np.sum(((2 * np.arange(1, n + 1) - 1) / (2 * n) - u) ** 2)))(scipy.stats.norm.cdf(np.sort(values), 50, 10), len(values))',
#     # with the parameters given, the null distribution is that of uniform samples: simulate it
#     '(lambda u, n: abs(result.pvalue - np.mean(1 / (12 * n) + np.sum(((2 * np.arange(1, n + 1) - 1) / (2 * n) - u) ** 2, axis=1) >= result.statistic * (1 - 1e-9))) <= 4.5 * np.sqrt(0.25 / 4000) + 0.01)(np.sort(np.random.default_rng(0).uniform(size=(4000, len(values))), axis=1), len(values))',
# ]
# difficulty = 'basic'
# tags = ['hypothesis-test', 'goodness-of-fit', 'normality']
# [edge_cases]
# min_size = 2
# why = 'the Cramer-von Mises test needs at least two observations'
# ///
from scipy import stats

# args are the normal's loc and scale: the distribution is fully specified, nothing is fitted
result = stats.cramervonmises(values, "norm", args=(50, 10))
