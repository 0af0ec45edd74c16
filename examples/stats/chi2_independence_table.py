# /// example
# task = """
# Test independence of rows and columns in the contingency table of counts `table` with Pearson's \
# chi-square test without continuity correction; store the expected counts under independence \
# (from `scipy.stats.contingency.expected_freq`) in `expected` and the test in `result`."""
# prompt = """
# Are the rows and columns of my contingency table `table` independent? Run Pearson's chi-square \
# test without the continuity correction and store it in `result`, and also store the expected \
# counts under independence in `expected` (computed with scipy's expected-frequency helper)."""
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { table = 'table' }
# checks = [
#     'np.allclose(expected.sum(axis=0), table.sum(axis=0)) and np.allclose(expected.sum(axis=1), table.sum(axis=1))',
#     'np.allclose(result.expected_freq, expected)',
#     'np.isclose(result.statistic, np.sum((table - expected) ** 2 / expected))',
#     'result.dof == (table.shape[0] - 1) * (table.shape[1] - 1)',
#     'np.isclose(result.pvalue, scipy.stats.chi2.sf(result.statistic, result.dof))',
# ]
# difficulty = 'intermediate'
# tags = ['contingency-table', 'hypothesis-test']
# edge_cases = true
# ///
from scipy import stats

expected = stats.contingency.expected_freq(table)
# correction=False turns off Yates' continuity correction, which scipy applies when dof is 1
result = stats.chi2_contingency(table, correction=False)
