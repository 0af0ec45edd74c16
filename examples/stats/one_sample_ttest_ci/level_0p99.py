# /// example
# task = """
# Test whether the mean of `values` differs from 50 with a one-sample t-test, stored in `result`, \
# and compute the 99% confidence interval for the mean in `ci`."""
# prompt = """
# I'd like a one-sample t-test of whether the mean of `values` differs from 50, stored in \
# `result`, along with a 99% t confidence interval for the mean in `ci`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { values = 'values' }
# checks = [
#     'np.isclose(result.statistic, (values.mean() - 50.0) / scipy.stats.sem(values))',
#     'ci.low <= values.mean() <= ci.high',
#     'np.isclose(ci.high - ci.low, 2 * scipy.stats.t.ppf((1 + 0.99) / 2, len(values) - 1) * scipy.stats.sem(values))',
# ]
# difficulty = 'basic'
# tags = ['hypothesis-test', 't-test', 'confidence-interval', 'parameter-choice']
# family = 'stats.one_sample_ttest_ci'
# [edge_cases]
# min_size = 2
# constant = false
# why = 'a t-test and its interval need at least two observations that vary (a standard error above 0)'
# ///
from scipy import stats

result = stats.ttest_1samp(values, popmean=50.0)
# the interval uses the test's t distribution (n - 1 df); 0.99 makes it wider than the
# default 0.95
ci = result.confidence_interval(confidence_level=0.99)
