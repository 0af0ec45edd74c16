# /// example
# task = '''
# Write a function `compare_two_groups` with the signature and docstring below. Apply it to the
# independent samples `a` and `b` and store the tuple in `comparison`.
#
# ```python
# def compare_two_groups(a, b, alpha=0.05):
#     """Choose and run a two-sided test for two independent samples.
#
#     If both samples look normal (Shapiro-Wilk p > alpha; a sample with
#     fewer than 3 values or no spread does not count as normal), compare
#     them with a t-test: Student's when Levene's test (center="median")
#     gives p > alpha, Welch's otherwise. Else use the Mann-Whitney U test.
#     Returns (test_name, p_value) with test_name "student", "welch" or
#     "mannwhitney" and p_value a float.
#     """
# ```'''
# prompt = """
# I keep making the same decision by hand, so I want `compare_two_groups(a, b, alpha=0.05)`: if \
# both samples pass Shapiro-Wilk (p > alpha; fewer than 3 values or a constant sample count as \
# not normal) run Student's t-test when Levene's median-centred test has p > alpha and Welch's \
# otherwise, and fall back to a two-sided Mann-Whitney U test when normality fails. Return \
# `(test_name, p_value)` with the name `"student"`, `"welch"` or `"mannwhitney"`. Run it on my \
# samples `a` and `b` into `comparison`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     # evenly spaced normal quantiles: both normal, same spread
#     '(lambda q: (lambda r: r[0] == "student" and np.isclose(r[1], scipy.stats.ttest_ind(q, q + 0.5).pvalue))(compare_two_groups(q, q + 0.5)))(scipy.stats.norm.ppf((np.arange(25) + 0.5) / 25))',
#     '(lambda q: (lambda r: r[0] == "welch" and np.isclose(r[1], scipy.stats.ttest_ind(q, 8 * q + 1, equal_var=False).pvalue))(compare_two_groups(q, 8 * q + 1)))(scipy.stats.norm.ppf((np.arange(25) + 0.5) / 25))',
#     '(lambda e: (lambda r: r[0] == "mannwhitney" and np.isclose(r[1], scipy.stats.mannwhitneyu(e, e + 0.3).pvalue))(compare_two_groups(e, e + 0.3)))(scipy.stats.expon.ppf((np.arange(30) + 0.5) / 30))',
#     'compare_two_groups([1.0, 2.0], [3.0, 4.0, 5.0, 6.0])[0] == "mannwhitney" and compare_two_groups([2.0, 2.0, 2.0, 2.0], [1.0, 2.0, 3.0, 4.0])[0] == "mannwhitney"',
#     'isinstance(comparison[1], float) and 0 <= comparison[1] <= 1',
#     '(lambda normal: (lambda want: comparison[0] == want[0] and np.isclose(comparison[1], want[1]))((("student", scipy.stats.ttest_ind(a, b).pvalue) if scipy.stats.levene(a, b, center="median").pvalue > 0.05 else ("welch", scipy.stats.ttest_ind(a, b, equal_var=False).pvalue)) if normal(a) and normal(b) else ("mannwhitney", scipy.stats.mannwhitneyu(a, b).pvalue)))(lambda x: len(x) >= 3 and np.ptp(x) > 0 and scipy.stats.shapiro(x).pvalue > 0.05)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'test-selection', 'two-sample', 'normality', 'equal-variance']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def compare_two_groups(a, b, alpha=0.05):
    """Choose and run a two-sided test for two independent samples.

    If both samples look normal (Shapiro-Wilk p > alpha; a sample with
    fewer than 3 values or no spread does not count as normal), compare
    them with a t-test: Student's when Levene's test (center="median")
    gives p > alpha, Welch's otherwise. Else use the Mann-Whitney U test.
    Returns (test_name, p_value) with test_name "student", "welch" or
    "mannwhitney" and p_value a float.
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)

    def looks_normal(x):
        # Shapiro-Wilk needs 3 values and is meaningless for a constant sample
        return len(x) >= 3 and np.ptp(x) > 0 and stats.shapiro(x).pvalue > alpha

    if looks_normal(a) and looks_normal(b):
        if stats.levene(a, b, center="median").pvalue > alpha:
            return "student", float(stats.ttest_ind(a, b).pvalue)
        return "welch", float(stats.ttest_ind(a, b, equal_var=False).pvalue)
    return "mannwhitney", float(stats.mannwhitneyu(a, b, alternative="two-sided").pvalue)


comparison = compare_two_groups(a, b)
