# /// example
# task = """
# The response times `skewed` (seconds) must have a 90th percentile of at most 10 s. Test the \
# null hypothesis that the population's 90th percentile is 10 s against the alternative that it \
# is greater, with the distribution-free quantile test `scipy.stats.quantile_test`; store the \
# result in `result` and the one-sided 95% lower confidence bound for the 90th percentile in \
# `lower_bound` (NaN when the sample is too small to give one)."""
# prompt = """
# Our service-level target says the 90th percentile of response time is at most `10` seconds. \
# With my response times `skewed`, and without assuming any distribution, test whether the \
# population 90th percentile is greater than 10 s (null: it equals 10 s) and store the result \
# in `result`. Also give me a one-sided `95`% lower confidence bound for the 90th percentile in \
# `lower_bound`, NaN if the sample is too small for one."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     # the statistic counts the times at or below 10 s; it is Binomial(n, 0.9) under the null
#     'result.statistic == np.sum(skewed <= 10)',
#     'np.isclose(result.pvalue, scipy.stats.binom.cdf(np.sum(skewed <= 10), len(skewed), 0.9))',
#     # the m-th smallest value is a 95% lower bound when P(Binomial(n, 0.9) >= m) >= 0.95; take the largest m
#     '(lambda ms: np.isnan(lower_bound) if len(ms) == 0 else np.isclose(lower_bound, np.sort(skewed)[ms.max() - 1]))(np.array([m for m in range(1, len(skewed) + 1) if scipy.stats.binom.sf(m - 1, len(skewed), 0.9) >= 0.95]))',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'quantiles', 'nonparametric', 'confidence-interval', 'test-alternative']
# requires = { scipy = ">=1.12" }
# edge_cases = true
# ///
from scipy import stats

# alternative="greater": the 90th percentile (p=0.9) is above q=10
result = stats.quantile_test(skewed, q=10, p=0.9, alternative="greater")
# for this alternative the interval is one-sided: (lower bound, inf)
lower_bound = result.confidence_interval(confidence_level=0.95).low
