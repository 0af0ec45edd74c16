# /// example
# task = """
# Test every column of the DataFrame `measurements` for normality with the Jarque-Bera test \
# (`scipy.stats.jarque_bera`); store the p-values as a Series indexed by column in `pvalues` and \
# the names of the columns rejected at the 5% level in the list `non_normal`."""
# prompt = """
# I want to check each column of my DataFrame `measurements` for normality using the Jarque-Bera \
# test. Store the p-values as a Series `pvalues` indexed by column name, and the names of the \
# columns rejected at the 5% level in a list `non_normal`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'list(pvalues.index) == list(measurements.columns)',
#     # a column so close to 0 that its fourth central moment underflows has no kurtosis: NaN
#     '(pvalues.between(0, 1) | measurements.sub(measurements.mean()).pow(4).mean().eq(0)).all()',
#     'sorted(non_normal) == sorted(c for c in measurements.columns if pvalues[c] < 0.05)',
#     'np.isclose(pvalues.iloc[0], (lambda x: scipy.stats.chi2.sf(len(x) / 6 * (scipy.stats.skew(x) ** 2 + scipy.stats.kurtosis(x) ** 2 / 4), 2))(measurements.iloc[:, 0]), equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['normality', 'column-wise', 'hypothesis-test', 'test-selection']
# family = 'stats.normality_by_column'
# [edge_cases]
# min_size = 2
# constant = false
# why = 'skewness and kurtosis need at least two observations per column that vary'
# ///
from scipy import stats

# Jarque-Bera's p-value is the asymptotic chi-square(2) one, reliable only for large samples
pvalues = measurements.apply(lambda column: stats.jarque_bera(column).pvalue)
non_normal = pvalues.index[pvalues < 0.05].tolist()
