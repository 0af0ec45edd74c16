# /// example
# task = """
# For the 2 x 2 table `two_by_two` formed by the first two rows and columns of the count table \
# `table`, run Fisher's exact test into `exact` (its statistic is the sample odds ratio), and \
# compute the conditional maximum-likelihood odds ratio with its 95% confidence interval into \
# `conditional` and `ci`."""
# prompt = """
# Take the 2 x 2 table `two_by_two` made of the first two rows and columns of my count table \
# `table`. Run Fisher's exact test into `exact` (its statistic is the sample odds ratio), then \
# compute the conditional maximum-likelihood odds ratio into `conditional` with its 95% \
# confidence interval in `ci`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { table = 'table' }
# checks = [
#     'np.array_equal(two_by_two, table[:2, :2])',
#     'np.isclose(exact.statistic, table[0, 0] * table[1, 1] / (table[0, 1] * table[1, 0]))',
#     '0 <= exact.pvalue <= 1',
#     'ci.low <= conditional.statistic <= ci.high',
#     '(lambda res: np.isclose(conditional.statistic, res.statistic, equal_nan=True) and np.allclose([ci.low, ci.high], res.confidence_interval(confidence_level=0.95), equal_nan=True))(scipy.stats.contingency.odds_ratio(table[:2, :2]))',
# ]
# difficulty = 'intermediate'
# tags = ['contingency-table', 'hypothesis-test', 'effect-size']
# edge_cases = true
# ///
from scipy import stats

two_by_two = table[:2, :2]
exact = stats.fisher_exact(two_by_two)
# odds_ratio defaults to kind='conditional', the conditional MLE, which differs from the
# sample odds ratio ad / bc that fisher_exact reports
conditional = stats.contingency.odds_ratio(two_by_two)
ci = conditional.confidence_interval(confidence_level=0.95)
