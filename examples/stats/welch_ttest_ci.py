# /// example
# task = """
# Compare the means of the independent samples `a` and `b` with Welch's t-test (no equal-variance \
# assumption); store the test result in `result` and the 95% confidence interval for mean(a) - \
# mean(b) in `ci`."""
# prompt = """
# Compare the means of independent samples `a` and `b` without assuming equal variances (Welch's \
# t-test), storing the test in `result` and the 95% confidence interval for mean(a) - mean(b) in \
# `ci`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     '0 <= result.pvalue <= 1',
#     'np.isclose(result.statistic, (a.mean() - b.mean()) / np.sqrt(a.var(ddof=1) / len(a) + b.var(ddof=1) / len(b)))',
#     'ci.low <= a.mean() - b.mean() <= ci.high',
#     'np.allclose([ci.low, ci.high], scipy.stats.ttest_ind(a, b, equal_var=False).confidence_interval(confidence_level=0.95))',
# ]
# difficulty = 'basic'
# tags = ['hypothesis-test', 't-test', 'two-sample', 'confidence-interval']
# [edge_cases]
# constant = false
# why = 'a t-test needs samples that vary'
# ///
from scipy import stats

# equal_var=False gives Welch's test, safer than Student's when spreads may differ
result = stats.ttest_ind(a, b, equal_var=False)
ci = result.confidence_interval(confidence_level=0.95)
