# /// example
# task = """
# Test whether the samples `a`, `b` and `c` have equal variances with Bartlett's test (most \
# powerful under normality, sensitive to non-normal data), using `scipy.stats.bartlett`; store \
# the result in `result` and whether equal variances are plausible at the 5% level in \
# `equal_variances`."""
# prompt = """
# Do my samples `a`, `b` and `c` have equal variances? Use Bartlett's test (the data look normal) \
# and store the result in `result`, plus a boolean `equal_variances` saying whether equal \
# variances are plausible at the 5% level (p above 0.05)."""
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
#     'np.isclose(result.statistic, scipy.stats.bartlett(-a, b, c).statistic)',
#     'np.isclose(result.statistic, (lambda gs: (lambda n, v: ((n.sum() - 3) * np.log(np.sum((n - 1) * v) / (n.sum() - 3)) - np.sum((n - 1) * np.log(v))) / (1 + (np.sum(1 / (n - 1)) - 1 / (n.sum() - 3)) / 6))(np.array([len(g) for g in gs]), np.array([g.var(ddof=1) for g in gs])))((a, b, c)))',
# ]
# difficulty = 'basic'
# tags = ['hypothesis-test', 'equal-variance', 'k-sample', 'test-selection']
# family = 'stats.equal_variance_test'
# [edge_cases]
# constant = false
# why = "Bartlett's statistic takes the log of each sample variance, so every sample must vary"
# ///
from scipy import stats

# Bartlett's test assumes normal samples: on heavy-tailed data it also rejects for
# non-normality, not only for unequal variances
result = stats.bartlett(a, b, c)
equal_variances = result.pvalue > 0.05
