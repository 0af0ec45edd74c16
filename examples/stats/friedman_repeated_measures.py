# /// example
# task = """
# Each row of the 2-D array `matrix` is one subject measured under four conditions (the columns). \
# Test whether the conditions differ with the Friedman test (nonparametric repeated-measures \
# ANOVA); store the result in `result` (its p-value can be NaN when the statistic is 0 or \
# undefined, as when no subject's measurements differ between conditions)."""
# prompt = """
# Each row of `matrix` is one subject measured under four conditions (the columns). I want a \
# nonparametric repeated-measures comparison of the conditions, the Friedman test, stored in \
# `result`; a NaN p-value is acceptable when the statistic is 0 or undefined."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { matrix = 'matrix' }
# checks = [
#     # Q >= 0, but when the conditions' rank sums tie rounding can put it just below 0, and on
#     # rows that are all ties it is 0 / 0: scipy's p-value is NaN then
#     '0 <= result.pvalue <= 1 or (np.isnan(result.pvalue) and not result.statistic > 0)',
#     # rank sums within subjects, divided by the correction for values tied within a row
#     'np.isclose(result.statistic, (lambda r, n, k: (12 / (n * k * (k + 1)) * np.sum(r.sum(axis=0) ** 2) - 3 * n * (k + 1)) / (1 - sum(np.sum(t**3 - t) for t in (np.unique(row, return_counts=True)[1] for row in matrix)) / (n * k * (k**2 - 1))))(scipy.stats.rankdata(matrix, axis=1), matrix.shape[0], matrix.shape[1]), equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['hypothesis-test', 'nonparametric', 'paired-samples']
# edge_cases = true
# ///
from scipy import stats

# one argument per condition, each holding every subject's measurement
result = stats.friedmanchisquare(*matrix.T)
