# /// example
# task = """
# Test whether paired measurements changed with the Wilcoxon signed-rank test on `before` and \
# `after` (same subjects); store the test in `result` and the median of the paired differences \
# after - before in `median_change`. Raise a ValueError when every difference is zero, since the \
# test then has nothing to rank."""
# prompt = """
# Did my paired measurements `before` and `after` (same subjects) change? Run a two-sided \
# Wilcoxon signed-rank test, dropping zero differences, into `result`, and store the median of \
# after - before in `median_change`. Raise a ValueError if every difference is zero, since \
# there's nothing to rank."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { before = 'paired.a', after = 'paired.b' }
# checks = [
#     '0 <= result.pvalue <= 1',
#     # two-sided statistic: the smaller of the positive and negative signed-rank sums, zero
#     # differences dropped (zero_method="wilcox")
#     'np.isclose(result.statistic, (lambda d: (lambda r: min(r[d > 0].sum(), r[d < 0].sum()))(scipy.stats.rankdata(np.abs(d))))((after - before)[after - before != 0]))',
#     'np.isclose(median_change, np.median(after - before))',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'nonparametric', 'paired-samples', 'error-handling', 'validation']
# [edge_cases]
# raises = 'ValueError'
# why = 'the signed-rank test is undefined when no subject changed (every difference zero): the snippet raises ValueError'
# ///
import numpy as np
from scipy import stats

differences = after - before
if not np.any(differences):
    # zero differences are dropped before ranking, so none would be left
    raise ValueError("every paired difference is zero: the signed-rank test is undefined")
result = stats.wilcoxon(after, before)
median_change = np.median(differences)
