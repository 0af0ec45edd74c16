# /// example
# task = """
# Run one one-sample t-test against 0 for every column of the 2-D array `matrix` in a single \
# vectorized call (axis=0), stored in `result`; control the false discovery rate with the \
# Benjamini-Hochberg adjustment into `adjusted`, and flag the columns with adjusted p below 0.05 \
# in the boolean array `significant`."""
# prompt = """
# Each column of the 2-D array `matrix` is a variable, and I want a one-sample t-test against 0 \
# for every column in a single vectorised call along axis 0, stored in `result`. Then adjust the \
# p-values for the false discovery rate with Benjamini-Hochberg into `adjusted`, and flag columns \
# with adjusted p below 0.05 in a boolean array `significant`."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { matrix = 'matrix' }
# checks = [
#     'np.allclose(result.pvalue, [scipy.stats.ttest_1samp(column, 0.0).pvalue for column in matrix.T])',
#     'adjusted.shape == (matrix.shape[1],) and np.all(adjusted >= result.pvalue - 1e-12) and np.all(adjusted <= 1)',
#     'np.allclose(adjusted, (lambda p: (lambda o, m: np.minimum.accumulate((p[o] * m / np.arange(1, m + 1))[::-1])[::-1].clip(max=1)[np.argsort(o)])(np.argsort(p), len(p)))(result.pvalue))',
#     'np.array_equal(significant, adjusted < 0.05)',
# ]
# difficulty = 'advanced'
# tags = ['hypothesis-test', 'multiple-comparisons', 't-test', 'vectorization']
# [edge_cases]
# min_size = 2
# raises = 'ValueError'
# why = 'a t-test per column needs two or more rows; a column equal to 0 in every row has t = 0 / 0, and false_discovery_control rejects its NaN p-value with ValueError'
# ///
from scipy import stats

result = stats.ttest_1samp(matrix, popmean=0.0, axis=0)
# adjusted p below 0.05 controls the false discovery rate at 5%, not each test's error rate
adjusted = stats.false_discovery_control(result.pvalue, method="bh")
significant = adjusted < 0.05
