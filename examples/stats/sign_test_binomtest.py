# /// example
# task = """
# Run a sign test of whether the median of `values` is 50: count the values above 50 (`above`) \
# among those not equal to 50 (`n_informative`), test against p = 0.5 with \
# `scipy.stats.binomtest` into `result`, and store the 95% Wilson confidence interval of the \
# proportion in `ci`."""
# prompt = """
# I want a sign test of whether the median of `values` is 50. Count the values above 50 in \
# `above`, out of those not equal to 50 in `n_informative`, run an exact binomial test against p \
# = 0.5 into `result`, and store the 95% Wilson confidence interval for the proportion in `ci`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { values = 'values' }
# checks = [
#     'result.k == np.sum(values > 50) and result.n == np.sum(values != 50)',
#     '0 <= result.pvalue <= 1',
#     'ci.low <= result.statistic <= ci.high',
#     'np.isclose(result.statistic, np.sum(values > 50) / np.sum(values != 50))',
#     # exact two-sided p-value of a fair-coin null, by the symmetric tail rule
#     'np.isclose(result.pvalue, min(1.0, 2 * min(scipy.stats.binom.cdf(result.k, result.n, 0.5), scipy.stats.binom.sf(result.k - 1, result.n, 0.5))))',
#     # the Wilson score interval (no continuity correction) with z the normal 97.5% quantile
#     '(lambda k, n, z: np.allclose([ci.low, ci.high], [(k + z**2 / 2 - z * math.sqrt(k * (n - k) / n + z**2 / 4)) / (n + z**2), (k + z**2 / 2 + z * math.sqrt(k * (n - k) / n + z**2 / 4)) / (n + z**2)]))(result.k, result.n, scipy.stats.norm.ppf(0.975))',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'nonparametric']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

above = int(np.sum(values > 50))
# ties with the hypothesized median carry no sign information
n_informative = int(np.sum(values != 50))
result = stats.binomtest(above, n_informative, p=0.5)
ci = result.proportion_ci(confidence_level=0.95, method="wilson")
