# /// example
# task = """
# Compare the means of samples `a`, `b` and `c`: first test equality of variances with Levene's \
# test; if it is not rejected at 5% use one-way ANOVA, otherwise the Alexander-Govern test \
# (robust to unequal variances). Store the chosen test's result in `result` and its name ("anova" \
# or "alexander-govern") in `test_used`."""
# prompt = """
# I want to compare the means of three groups `a`, `b` and `c`. First check equal variances with \
# Levene's test (scipy's default, median-centred); if that isn't rejected at 5%, use a one-way \
# ANOVA, otherwise the Alexander-Govern test, which copes with unequal variances. Store the \
# chosen test's result in `result` and its name, "anova" or "alexander-govern", in `test_used`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     "test_used == ('anova' if scipy.stats.levene(a, b, c).pvalue > 0.05 else 'alexander-govern')",
#     "np.isclose(result.pvalue, (scipy.stats.f_oneway if test_used == 'anova' else scipy.stats.alexandergovern)(a, b, c).pvalue, equal_nan=True)",
#     # equal group means give F = 0 up to rounding; scipy returns a NaN p-value when that
#     # rounding lands below 0
#     '0 <= result.pvalue <= 1 or (np.isnan(result.pvalue) and not result.statistic > 0)',
# ]
# difficulty = 'advanced'
# tags = ['hypothesis-test', 'k-sample', 'test-selection']
# [edge_cases]
# constant = false
# why = 'ANOVA and the Alexander-Govern test need samples that vary'
# ///
from scipy import stats

samples = [a, b, c]
equal_variances = stats.levene(*samples).pvalue > 0.05
if equal_variances:
    result = stats.f_oneway(*samples)
    test_used = "anova"
else:
    # does not assume a common variance, unlike the classic F test
    result = stats.alexandergovern(*samples)
    test_used = "alexander-govern"
