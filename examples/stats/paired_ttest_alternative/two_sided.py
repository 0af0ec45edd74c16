# /// example
# task = """
# Run a paired t-test on the repeated measurements `before` and `after` of the same subjects with \
# alternative="two-sided" (H1: mean(after - before) differs from zero); store the result in \
# `result` (its statistic is NaN when every difference is zero)."""
# prompt = """
# Run a two-sided paired t-test on `before` and `after` (repeated measurements of the same \
# subjects), testing whether the mean of after - before differs from zero; keep the result in \
# `result` (its statistic may be NaN if all differences are zero)."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { before = 'paired.a', after = 'paired.b' }
# checks = [
#     # identical before and after make t = 0 / 0: NaN in both
#     'np.isclose(result.statistic, scipy.stats.ttest_1samp(after - before, 0.0).statistic, equal_nan=True)',
#     'result.df == len(before) - 1',
#     'np.isclose(result.pvalue, 2 * scipy.stats.t.sf(abs(result.statistic), result.df), equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 't-test', 'paired-samples', 'test-alternative', 'parameter-choice']
# family = 'stats.paired_ttest_alternative'
# edge_cases = true
# ///
from scipy import stats

# ttest_rel works on the pairwise differences, so before and after must be aligned by subject
result = stats.ttest_rel(after, before, alternative="two-sided")
