# /// example
# task = """
# For the 2 x 2 table `two_by_two` formed by the first two rows and columns of the count table \
# `table`, run Fisher's exact test into `exact` (its statistic is the sample odds ratio), and \
# compute the conditional maximum-likelihood odds ratio with its 95% confidence interval into \
# `conditional` and `ci`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { table = 'table' }
# checks = [
#     'np.array_equal(two_by_two, table[:2, :2])',
#     'np.isclose(exact.statistic, table[0, 0] * table[1, 1] / (table[0, 1] * table[1, 0]))',
#     '0 <= exact.pvalue <= 1',
#     'ci.low <= conditional.statistic <= ci.high',
# ]
# difficulty = 'intermediate'
# tags = ['contingency', 'exact-test', 'odds-ratio']
# edge_cases = true
# ///
from scipy import stats

two_by_two = table[:2, :2]
exact = stats.fisher_exact(two_by_two)
conditional = stats.contingency.odds_ratio(two_by_two)
ci = conditional.confidence_interval(confidence_level=0.95)
