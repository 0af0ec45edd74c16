# /// example
# task = """
# Test whether the three independent samples `a`, `b` and `c` come from the same distribution \
# with the Kruskal-Wallis H test; store the result in `result`."""
# prompt = """
# Do the three independent samples `a`, `b` and `c` come from the same distribution? Run the \
# Kruskal-Wallis H test and store the result in `result`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     '0 <= result.pvalue <= 1',
#     # H from the pooled ranks, divided by the correction for tied values
#     'np.isclose(result.statistic, (lambda groups: (lambda r, n, t: (12 / (n.sum() * (n.sum() + 1)) * sum(rs.sum() ** 2 / len(rs) for rs in np.split(r, np.cumsum(n)[:-1])) - 3 * (n.sum() + 1)) / (1 - np.sum(t**3 - t) / (n.sum() ** 3 - n.sum())))(scipy.stats.rankdata(np.concatenate(groups)), np.array([len(g) for g in groups]), np.unique(np.concatenate(groups), return_counts=True)[1]))([a, b, c]))',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'nonparametric', 'k-sample']
# [edge_cases]
# constant = false
# why = 'H is undefined when every observation is the same value (scipy raises or returns NaN by version); the samples strategy can only exclude that by keeping each sample from being constant'
# ///
from scipy import stats

# H is computed from the ranks of the pooled samples, so no normality is assumed; ties are
# corrected for
result = stats.kruskal(a, b, c)
