# /// example
# task = """
# Run a paired t-test on the repeated measurements `before` and `after` of the same subjects with \
# alternative="greater" (H1: mean(after - before) is above zero); store the result in `result` \
# (its statistic is NaN when every difference is zero)."""
# prompt = """
# The same subjects were measured `before` and `after`. I want a one-sided paired t-test of \
# whether the mean of after - before is greater than zero; store it in `result` (a NaN statistic \
# is fine if every difference is zero)."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { before = 'paired.a', after = 'paired.b' }
# checks = [
#     # identical before and after make t = 0 / 0: NaN in both
#     'np.isclose(result.statistic, scipy.stats.ttest_1samp(after - before, 0.0).statistic, equal_nan=True)',
#     'result.df == len(before) - 1',
#     'np.isclose(result.pvalue, scipy.stats.t.sf(result.statistic, result.df), equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 't-test', 'paired-samples', 'test-alternative', 'parameter-choice']
# family = 'stats.paired_ttest_alternative'
# edge_cases = true
# ///
from scipy import stats

# ttest_rel tests the mean of first - second, so the argument order sets the direction of
# "greater"
result = stats.ttest_rel(after, before, alternative="greater")
