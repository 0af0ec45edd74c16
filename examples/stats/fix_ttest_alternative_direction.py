# /// example
# task = """
# This code should test whether `treated` has a higher mean than `control` (independent samples, \
# Student's t-test with equal variances, one-sided) and store the test in `result`, but the \
# p-value comes out near 1 although `treated` is clearly higher:
#
# ```python
# from scipy import stats
#
# result = stats.ttest_ind(control, treated, alternative="greater")
# ```
#
# Fix it."""
# prompt = """
# I want a one-sided Student's t-test (equal variances) of whether my `treated` group has a higher \
# mean than the `control` group, stored in `result`:
#
# ```python
# from scipy import stats
#
# result = stats.ttest_ind(control, treated, alternative="greater")
# ```
#
# The treated mean is clearly bigger, but the p-value is almost 1. What did I get wrong?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { control = 'groups.a', treated = 'groups.b' }
# checks = [
#     # one-sided Student test of mean(treated) > mean(control) from the pooled variance
#     'np.isclose(result.pvalue, (lambda n1, n2: scipy.stats.t.sf((treated.mean() - control.mean()) / np.sqrt(((n1 - 1) * treated.var(ddof=1) + (n2 - 1) * control.var(ddof=1)) / (n1 + n2 - 2) * (1 / n1 + 1 / n2)), n1 + n2 - 2))(len(treated), len(control)), rtol=1e-6, atol=1e-12)',
#     '0 <= result.pvalue <= 1',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'hypothesis-test', 't-test', 'two-sample', 'test-alternative']
# [edge_cases]
# constant = false
# why = 'a t-test needs samples that vary'
# ///
from scipy import stats

# alternative refers to the first sample minus the second: put `treated` first for "greater"
result = stats.ttest_ind(treated, control, alternative="greater")
