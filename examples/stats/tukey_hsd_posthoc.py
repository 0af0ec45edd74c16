# /// example
# task = """
# After an ANOVA on the samples `a`, `b` and `c`, compare every pair of group means with Tukey's \
# HSD; store the result in `result` and its 95% simultaneous confidence intervals in `ci`."""
# prompt = """
# After an ANOVA on groups `a`, `b` and `c`, I want Tukey's HSD to compare every pair of group \
# means. Store the result in `result` and its 95% simultaneous confidence intervals in `ci`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     'np.allclose(result.statistic, np.subtract.outer(*[np.array([a.mean(), b.mean(), c.mean()])] * 2))',
#     'np.allclose(result.pvalue, result.pvalue.T) and np.all((result.pvalue >= 0) & (result.pvalue <= 1))',
#     'np.all(ci.low <= result.statistic) and np.all(result.statistic <= ci.high)',
#     '(lambda want: np.allclose(ci.low, want.low) and np.allclose(ci.high, want.high))(scipy.stats.tukey_hsd(a, b, c).confidence_interval(confidence_level=0.95))',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'multiple-comparisons', 'k-sample']
# [edge_cases]
# constant = false
# why = "Tukey's HSD scales by the pooled within-sample variance: samples must vary"
# ///
from scipy import stats

# controls the family-wise error rate over all three pairwise comparisons
result = stats.tukey_hsd(a, b, c)
ci = result.confidence_interval(confidence_level=0.95)
