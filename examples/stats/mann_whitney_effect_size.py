# /// example
# task = """
# Compare the independent samples `a` and `b` with the two-sided Mann-Whitney U test, stored in \
# `result`, and report the common-language effect size `effect_size` = U / (n_a n_b), the \
# probability that a random value of `a` exceeds a random value of `b`."""
# prompt = """
# Compare independent samples `a` and `b` with a two-sided Mann-Whitney U test (store it in \
# `result`, with U computed for `a`), and give the common-language effect size `effect_size` = U \
# / (n_a n_b), i.e. the probability that a random value from `a` exceeds one from `b`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { a = 'groups.a', b = 'groups.b' }
# checks = [
#     '0 <= result.pvalue <= 1',
#     'np.isclose(result.statistic, scipy.stats.rankdata(np.concatenate([a, b]))[: len(a)].sum() - len(a) * (len(a) + 1) / 2)',
#     'np.isclose(effect_size, np.mean(a[:, None] > b) + 0.5 * np.mean(a[:, None] == b))',
#     "np.isclose(result.pvalue, scipy.stats.mannwhitneyu(a, b, alternative='two-sided').pvalue)",
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'nonparametric', 'two-sample', 'effect-size']
# edge_cases = true
# ///
from scipy import stats

result = stats.mannwhitneyu(a, b, alternative="two-sided")
# scipy reports U for the first sample, so U / (n_a n_b) is P(a > b), ties counting half
effect_size = result.statistic / (len(a) * len(b))
