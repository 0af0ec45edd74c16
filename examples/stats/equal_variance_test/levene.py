# /// example
# task = """
# Test whether the samples `a`, `b` and `c` have equal variances with Levene's test \
# (median-centred, robust to non-normality), using `scipy.stats.levene`; store the result in \
# `result` and whether equal variances are plausible at the 5% level in `equal_variances`."""
# prompt = """
# Test whether `a`, `b` and `c` share the same variance using Levene's test centred on the median \
# (robust to non-normal data). Keep the result in `result` and set `equal_variances` to whether \
# the p-value exceeds 0.05."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     # the statistic is >= 0: equal spreads give 0 up to rounding, and scipy's p-value may
#     # be NaN then
#     'result.statistic > -1e-9 and (0 <= result.pvalue <= 1 or (np.isnan(result.pvalue) and not result.statistic > 0))',
#     'bool(equal_variances) == (result.pvalue > 0.05)',
#     # a variance test sees only spread: mirroring a sample (x -> -x, exact in floating
#     # point) moves its mean but not its spread
#     'np.isclose(result.statistic, scipy.stats.levene(-a, b, c).statistic)',
#     'np.isclose(result.statistic, scipy.stats.f_oneway(*(np.abs(g - np.median(g)) for g in (a, b, c))).statistic)',
# ]
# difficulty = 'basic'
# tags = ['hypothesis-test', 'equal-variance', 'k-sample', 'test-selection']
# family = 'stats.equal_variance_test'
# [edge_cases]
# min_size = 3
# constant = false
# why = 'the test compares spreads, so every sample must vary; it works on absolute deviations from the median, and with two observations both deviations are equal'
# ///
from scipy import stats

# scipy's levene centres on the median by default (the Brown-Forsythe variant), robust to skew
result = stats.levene(a, b, c)
equal_variances = result.pvalue > 0.05
