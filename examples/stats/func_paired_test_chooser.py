# /// example
# task = '''
# Write a function `paired_compare` with the signature and docstring below. Apply it to the
# paired measurements `before` and `after` and store the tuple in `paired_result`.
#
# ```python
# def paired_compare(before, after, alpha=0.05):
#     """Choose and run a two-sided paired test on before/after pairs.
#
#     Pairs with a NaN are dropped and d = after - before. When every d is
#     0, returns ("none", 1.0). When there are at least 3 differences, they
#     are not all equal and Shapiro-Wilk on d gives p > alpha, runs the
#     paired t-test ("paired-t"); otherwise the Wilcoxon signed-rank test on
#     the non-zero differences ("wilcoxon"). Returns (test_name, p_value)
#     with p_value a float.
#     """
# ```'''
# prompt = """
# For before/after studies I want `paired_compare(before, after, alpha=0.05)`: drop pairs with a \
# NaN, take the differences `after - before`, and if they look normal (Shapiro-Wilk p > alpha, \
# needing at least 3 differences that aren't all equal) run a paired t-test, otherwise a Wilcoxon \
# signed-rank test on the non-zero differences. Return `(test_name, p_value)` with the name \
# `"paired-t"` or `"wilcoxon"`, or `("none", 1.0)` when nothing changed at all. Run it on my \
# `before` and `after` and store the result in `paired_result`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { before = 'paired.a', after = 'paired.b' }
# checks = [
#     # normal-quantile differences pass Shapiro-Wilk
#     '(lambda x, d: (lambda r: r[0] == "paired-t" and np.isclose(r[1], scipy.stats.ttest_rel(x, x + d).pvalue))(paired_compare(x, x + d)))(np.arange(20.0), 0.4 + scipy.stats.norm.ppf((np.arange(20) + 0.5) / 20))',
#     # strongly skewed differences with one zero and a NaN in each of `before` and `after`
#     '(lambda r: r[0] == "wilcoxon" and np.isclose(r[1], scipy.stats.wilcoxon([0.1, 0.2, 0.15, 0.3, 9.0, 12.0, 0.25, -0.05]).pvalue))(paired_compare([1.0, 2, 3, 4, 5, 6, 7, 8, 9, np.nan, 10.0], [1.1, 2.2, 3.15, 4.3, 14.0, 18.0, 7.25, 7.95, 9.0, 3.0, np.nan]))',
#     # alpha=1.0 rejects normality for any Shapiro-Wilk p-value, so the same normal data go to Wilcoxon
#     '(lambda x, d: (lambda r: r[0] == "wilcoxon" and np.isclose(r[1], scipy.stats.wilcoxon(d).pvalue))(paired_compare(x, x + d, alpha=1.0)))(np.arange(20.0), 0.4 + scipy.stats.norm.ppf((np.arange(20) + 0.5) / 20))',
#     'paired_compare([1.0, 2.0, 3.0], [1.0, 2.0, 3.0]) == ("none", 1.0)',
#     'paired_compare([1.0, 2.0], [2.0, 4.0])[0] == "wilcoxon" and paired_compare([1.0, 2.0, 3.0, 4.0], [2.0, 3.0, 4.0, 5.0])[0] == "wilcoxon"',
#     # three differences are enough for the t-test route (Shapiro-Wilk p = 1 here)
#     '(lambda r: r[0] == "paired-t" and np.isclose(r[1], scipy.stats.ttest_rel([1.0, 2.0, 3.0], [0.0, 0.0, 0.0]).pvalue))(paired_compare([0.0, 0.0, 0.0], [1.0, 2.0, 3.0]))',
#     # Shapiro-Wilk p is 0.060 and 0.037 here: the default alpha = 0.05 separates them
#     'paired_compare([0.0] * 6, [1.0, 2, 3, 4, 5, 13])[0] == "paired-t" and paired_compare([0.0] * 6, [1.0, 2, 3, 4, 5, 14])[0] == "wilcoxon"',
#     'isinstance(paired_result[1], float) and 0 <= paired_result[1] <= 1',
#     '(lambda d: paired_result == ("none", 1.0) if np.all(d == 0) else (lambda want: paired_result[0] == want[0] and np.isclose(paired_result[1], want[1]))(("paired-t", scipy.stats.ttest_1samp(d, 0).pvalue) if len(d) >= 3 and np.ptp(d) > 0 and scipy.stats.shapiro(d).pvalue > 0.05 else ("wilcoxon", scipy.stats.wilcoxon(d[d != 0]).pvalue)))(np.asarray(after, dtype=float) - np.asarray(before, dtype=float))',
#     # normality needs p > alpha, strictly: with alpha equal to the Shapiro p-value itself, Wilcoxon runs
#     'paired_compare([0.0, 0.0, 0.0, 0.0, 0.0], [1.0, 2.0, 3.0, 5.0, 9.0], alpha=scipy.stats.shapiro([1.0, 2.0, 3.0, 5.0, 9.0]).pvalue)[0] == "wilcoxon"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'test-selection', 'paired-samples', 'normality', 't-test', 'nonparametric']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def paired_compare(before, after, alpha=0.05):
    """Choose and run a two-sided paired test on before/after pairs.

    Pairs with a NaN are dropped and d = after - before. When every d is
    0, returns ("none", 1.0). When there are at least 3 differences, they
    are not all equal and Shapiro-Wilk on d gives p > alpha, runs the
    paired t-test ("paired-t"); otherwise the Wilcoxon signed-rank test on
    the non-zero differences ("wilcoxon"). Returns (test_name, p_value)
    with p_value a float.
    """
    before = np.asarray(before, dtype=float)
    after = np.asarray(after, dtype=float)
    keep = ~(np.isnan(before) | np.isnan(after))
    before, after = before[keep], after[keep]
    diff = after - before
    if np.all(diff == 0):
        return "none", 1.0
    if len(diff) >= 3 and np.ptp(diff) > 0 and stats.shapiro(diff).pvalue > alpha:
        return "paired-t", float(stats.ttest_rel(after, before).pvalue)
    # dropping zero differences up front avoids the exact test's fallback warning
    return "wilcoxon", float(stats.wilcoxon(diff[diff != 0]).pvalue)


paired_result = paired_compare(before, after)
