# /// example
# task = """
# Compare the independent samples `a` and `b` with the two-sided Mann-Whitney U test, stored in \
# `result`, and report the common-language effect size `effect_size` = U / (n_a n_b), the \
# probability that a random value of `a` exceeds a random value of `b`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     '0 <= result.pvalue <= 1',
#     'np.isclose(result.statistic, scipy.stats.rankdata(np.concatenate([a, b]))[: len(a)].sum() - len(a) * (len(a) + 1) / 2)',
#     'np.isclose(effect_size, np.mean(a[:, None] > b) + 0.5 * np.mean(a[:, None] == b))',
# ]
# difficulty = 'intermediate'
# tags = ['nonparametric', 'two-sample', 'effect-size']
# edge_cases = true
# ///
from scipy import stats

result = stats.mannwhitneyu(a, b, alternative="two-sided")
effect_size = result.statistic / (len(a) * len(b))
