# /// example
# task = """
# Test every column of the DataFrame `measurements` for normality with D'Agostino and Pearson's \
# omnibus test (skewness and kurtosis) (`scipy.stats.normaltest`); store the p-values as a Series \
# indexed by column in `pvalues` and the names of the columns rejected at the 5% level in the \
# list `non_normal`."""
# prompt = """
# Test every column of the DataFrame `measurements` for normality with D'Agostino and Pearson's \
# omnibus test (combining skewness and kurtosis). Put the p-values in a Series `pvalues` indexed \
# by column, and list the columns with p below 0.05 in `non_normal`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'list(pvalues.index) == list(measurements.columns)',
#     # a column so close to 0 that its fourth central moment underflows has no kurtosis: NaN
#     '(pvalues.between(0, 1) | measurements.sub(measurements.mean()).pow(4).mean().eq(0)).all()',
#     'sorted(non_normal) == sorted(c for c in measurements.columns if pvalues[c] < 0.05)',
#     'np.isclose(pvalues.iloc[0], scipy.stats.chi2.sf(scipy.stats.skewtest(measurements.iloc[:, 0]).statistic ** 2 + scipy.stats.kurtosistest(measurements.iloc[:, 0]).statistic ** 2, 2), equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['normality', 'column-wise', 'hypothesis-test', 'test-selection']
# family = 'stats.normality_by_column'
# [edge_cases]
# min_size = 20
# constant = false
# why = 'the kurtosis part of the omnibus test is valid from 20 observations (scipy), and needs columns that vary'
# ///
from scipy import stats

# normaltest combines the skewtest and kurtosistest z-scores; the kurtosis part is valid from
# about 20 observations
pvalues = measurements.apply(lambda column: stats.normaltest(column).pvalue)
non_normal = pvalues.index[pvalues < 0.05].tolist()
