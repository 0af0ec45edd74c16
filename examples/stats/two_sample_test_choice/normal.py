# /// example
# task = """
# Simulate normally distributed `control` and `treated` samples (40 each) and compare them: check \
# each with Shapiro-Wilk; if both look normal (p > 0.05) use Welch's t-test, otherwise the \
# Mann-Whitney U test. Store the chosen test's result in `result` and its name ("welch-t" or \
# "mann-whitney") in `test_used`."""
# prompt = """
# Simulate two normally distributed samples, `control` and `treated`, 40 values each, and compare \
# them: check each with Shapiro-Wilk, and if both look normal (p > 0.05) use Welch's t-test, \
# otherwise a two-sided Mann-Whitney U test. Store the chosen test's result in `result` and its \
# name ("welch-t" or "mann-whitney") in `test_used`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     "test_used == ('welch-t' if min(scipy.stats.shapiro(control).pvalue, scipy.stats.shapiro(treated).pvalue) > 0.05 else 'mann-whitney')",
#     "test_used == 'welch-t'",
#     "np.isclose(result.pvalue, scipy.stats.ttest_ind(control, treated, equal_var=False).pvalue if test_used == 'welch-t' else scipy.stats.mannwhitneyu(control, treated, alternative='two-sided').pvalue)",
#     'len(control) == len(treated) == 40',
#     # Welch's degrees of freedom (Welch-Satterthwaite), not the pooled test's n_a + n_b - 2
#     "test_used != 'welch-t' or (lambda vc, vt: np.isclose(result.df, (vc + vt)**2 / (vc**2 / (len(control) - 1) + vt**2 / (len(treated) - 1))))(np.var(control, ddof=1) / len(control), np.var(treated, ddof=1) / len(treated))",
# ]
# difficulty = 'advanced'
# tags = ['hypothesis-test', 'test-selection', 'normality', 'two-sample', 'parameter-choice']
# family = 'stats.two_sample_test_choice'
# ///
import numpy as np
from scipy import stats

rng = np.random.default_rng(7)
control = rng.normal(10.0, 2.0, 40)
treated = rng.normal(11.5, 2.0, 40)

normal_enough = min(stats.shapiro(control).pvalue, stats.shapiro(treated).pvalue) > 0.05
if normal_enough:
    test_used = "welch-t"
    result = stats.ttest_ind(control, treated, equal_var=False)
else:
    # rank-based test: no normality assumption, robust to the long right tail
    test_used = "mann-whitney"
    result = stats.mannwhitneyu(control, treated, alternative="two-sided")
