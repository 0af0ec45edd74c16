# /// example
# task = """
# Fill weights `weights` should follow the process specification, a normal distribution with \
# mean 50 g and standard deviation 10 g. This code should test the sample against that \
# specification with a one-sample Kolmogorov-Smirnov test, storing the statistic in `ks_stat` \
# and the p-value in `p_value`:
#
# ```python
# from scipy import stats
#
# ks_stat, p_value = stats.kstest(weights, "norm")
# ```
#
# It runs, but it rejects even for weights that match the specification perfectly. Fix it."""
# prompt = """
# Our filler's spec says weights ~ Normal(mean 50, sd 10). I test my sample `weights` against it \
# with a KS test (`ks_stat`, `p_value`):
#
# ```python
# from scipy import stats
#
# ks_stat, p_value = stats.kstest(weights, "norm")
# ```
#
# The p-value is always essentially 0. Why?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { weights = 'values' }
# checks = [
#     'np.isclose(ks_stat, scipy.stats.kstest((weights - 50) / 10, "norm").statistic)',
#     'np.isclose(p_value, scipy.stats.kstest((weights - 50) / 10, "norm").pvalue)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'goodness-of-fit', 'normality', 'hypothesis-test']
# edge_cases = true
# ///
from scipy import stats

# "norm" alone means the standard normal; pass the specified mean and sd as the distribution's args
ks_stat, p_value = stats.kstest(weights, "norm", args=(50, 10))
