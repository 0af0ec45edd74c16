# /// example
# task = """
# Compare the treatment samples `b` and `c` with the control sample `a` by Dunnett's test \
# (two-sided, seeded Generator for its numerical integration); store the result in `result` and \
# its 95% simultaneous confidence intervals for the differences in means (treatment minus \
# control) in `ci`."""
# prompt = """
# I have a control group `a` and two treatment groups `b` and `c`, and I only care about each \
# treatment versus the control, not `b` versus `c`. Run Dunnett's many-to-one test (two-sided, \
# with a seeded Generator for the p-value integration), store the result in `result`, and the \
# 95% simultaneous confidence intervals for treatment-minus-control mean differences in `ci`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     # t statistics with the variance pooled over all three groups (N - 3 degrees of freedom)
#     '(lambda s2: np.allclose(result.statistic, [(g.mean() - a.mean()) / np.sqrt(s2 * (1 / len(g) + 1 / len(a))) for g in (b, c)]))(sum(np.sum((g - g.mean()) ** 2) for g in (a, b, c)) / (len(a) + len(b) + len(c) - 3))',
#     # adjusted p-values lie between the unadjusted t-test p-values and their Bonferroni correction
#     '(lambda p: np.all((result.pvalue >= p - 1e-3) & (result.pvalue <= np.minimum(1, 2 * p) + 1e-3)))(2 * scipy.stats.t.sf(np.abs(result.statistic), len(a) + len(b) + len(c) - 3))',
#     'np.allclose((ci.low + ci.high) / 2, [b.mean() - a.mean(), c.mean() - a.mean()])',
#     # one critical value for both intervals: half-width / standard error is the same
#     '(lambda s2: np.isclose(*((ci.high - ci.low) / 2 / np.sqrt(s2 * np.array([1 / len(b) + 1 / len(a), 1 / len(c) + 1 / len(a)])))))(sum(np.sum((g - g.mean()) ** 2) for g in (a, b, c)) / (len(a) + len(b) + len(c) - 3))',
#     # simultaneous 95% intervals: wider than one t interval, narrower than Bonferroni's
#     '(lambda s2, df: scipy.stats.t.ppf(0.975, df) - 1e-3 <= (ci.high[0] - ci.low[0]) / 2 / np.sqrt(s2 * (1 / len(b) + 1 / len(a))) <= scipy.stats.t.ppf(1 - 0.025 / 2, df) + 1e-3)(sum(np.sum((g - g.mean()) ** 2) for g in (a, b, c)) / (len(a) + len(b) + len(c) - 3), len(a) + len(b) + len(c) - 3)',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'multiple-comparisons', 'k-sample', 'confidence-interval']
# requires = { scipy = ">=1.11" }
# [edge_cases]
# constant = false
# why = "Dunnett's test scales by the pooled within-group variance: the samples must vary"
# ///
import numpy as np
from scipy import stats

# the p-values come from a multivariate t integral evaluated by randomised quasi-Monte Carlo
result = stats.dunnett(b, c, control=a, random_state=np.random.default_rng(0))
ci = result.confidence_interval(confidence_level=0.95)
