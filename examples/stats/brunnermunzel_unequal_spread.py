# /// example
# task = """
# Compare the independent samples `a` and `b`, whose spreads may differ, with the two-sided \
# Brunner-Munzel test (p-value from its t approximation) and store the result in `result`. Store \
# in `p_hat` the estimated probability that a random value of `b` exceeds a random value of `a`, \
# ties counting half. The test is undefined when a sample has fewer than two values or when the \
# placements (for each value, how many values of the other sample lie below it, ties counting \
# half) vary in neither sample, as when the samples do not overlap: then store `None` in `result`."""
# prompt = """
# I'm comparing two independent samples `a` and `b` whose spreads may differ, so I want the \
# two-sided Brunner-Munzel test (using its t approximation for the p-value), stored in `result`. \
# Also store in `p_hat` the estimated probability that a random value from `b` exceeds a random \
# value from `a`, with ties counting half. The test is undefined when either sample has fewer \
# than two values, or when the placements (for each value, how many values of the other sample \
# lie below it, ties counting half) vary in neither sample, e.g. non-overlapping samples; in that \
# case set `result` to `None`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     # None exactly when both samples' placements are constant (or a sample is too small)
#     '(result is None) == (min(len(a), len(b)) < 2 or (np.ptp(((a[:, None] > b) + 0.5 * (a[:, None] == b)).sum(axis=1)) == 0 and np.ptp(((b[:, None] > a) + 0.5 * (b[:, None] == a)).sum(axis=1)) == 0))',
#     'result is None or 0 <= result.pvalue <= 1',
#     # W from the pooled ranks and the within-sample ranks (Brunner & Munzel 2000)
#     'result is None or np.isclose(result.statistic, (lambda r, na, nb: na * nb * (r[na:].mean() - r[:na].mean()) / ((na + nb) * np.sqrt(na * np.var(r[:na] - scipy.stats.rankdata(a), ddof=1) + nb * np.var(r[na:] - scipy.stats.rankdata(b), ddof=1))))(scipy.stats.rankdata(np.concatenate([a, b])), len(a), len(b)))',
#     # two-sided with the t approximation: twice the smaller one-sided p-value
#     "result is None or np.isclose(result.pvalue, min(1.0, 2 * min(scipy.stats.brunnermunzel(a, b, alternative='less').pvalue, scipy.stats.brunnermunzel(a, b, alternative='greater').pvalue)))",
#     'np.isclose(p_hat, np.mean(a[:, None] < b) + 0.5 * np.mean(a[:, None] == b))',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'nonparametric', 'two-sample', 'ranking', 'effect-size', 'equal-variance', 'error-handling']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

ranks = stats.rankdata(np.concatenate([a, b]))
# placements: a value's rank in the pooled data minus its rank within its own sample
placements_a = ranks[: len(a)] - stats.rankdata(a)
placements_b = ranks[len(a) :] - stats.rankdata(b)
p_hat = placements_b.mean() / len(a)

# W divides by the placements' variances: it is undefined when neither sample's placements vary
if min(len(a), len(b)) >= 2 and (np.ptp(placements_a) > 0 or np.ptp(placements_b) > 0):
    result = stats.brunnermunzel(a, b)
else:
    result = None
