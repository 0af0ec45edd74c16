# /// example
# task = """
# Simulate right-skewed (lognormal) `control` and `treated` samples (40 each) and compare them: \
# check each with Shapiro-Wilk; if both look normal (p > 0.05) use Welch's t-test, otherwise the \
# Mann-Whitney U test. Store the chosen test's result in `result` and its name ("welch-t" or \
# "mann-whitney") in `test_used`."""
# prompt = """
# Simulate two clearly right-skewed lognormal samples `control` and `treated` of 40 values each \
# (log-scale sd around 0.8), then compare them: run Shapiro-Wilk on each, use Welch's t-test if \
# both look normal (p > 0.05) and a two-sided Mann-Whitney U test otherwise. Store the result in \
# `result` and the test's name ("welch-t" or "mann-whitney") in `test_used`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     "test_used == ('welch-t' if min(scipy.stats.shapiro(control).pvalue, scipy.stats.shapiro(treated).pvalue) > 0.05 else 'mann-whitney')",
#     "test_used == 'mann-whitney'",
#     "np.isclose(result.pvalue, scipy.stats.ttest_ind(control, treated, equal_var=False).pvalue if test_used == 'welch-t' else scipy.stats.mannwhitneyu(control, treated, alternative='two-sided').pvalue)",
#     'len(control) == len(treated) == 40',
# ]
# difficulty = 'advanced'
# tags = ['hypothesis-test', 'test-selection', 'normality', 'two-sample', 'parameter-choice']
# family = 'stats.two_sample_test_choice'
# ///
import numpy as np
from scipy import stats

rng = np.random.default_rng(7)
control = rng.lognormal(2.3, 0.8, 40)
treated = rng.lognormal(2.6, 0.8, 40)

normal_enough = min(stats.shapiro(control).pvalue, stats.shapiro(treated).pvalue) > 0.05
if normal_enough:
    test_used = "welch-t"
    result = stats.ttest_ind(control, treated, equal_var=False)
else:
    # rank-based test: no normality assumption, robust to the long right tail
    test_used = "mann-whitney"
    result = stats.mannwhitneyu(control, treated, alternative="two-sided")
