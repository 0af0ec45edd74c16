# /// example
# task = """
# A course reports Pearson's chi-square statistic for the 2 x 2 table `table` (rows: exposed, \
# unexposed; columns: ill, well), computed as sum((observed - expected)**2 / expected). This \
# code stores the statistic in `chi2_stat` and the p-value in `p_value`:
#
# ```python
# import numpy as np
# from scipy import stats
#
# table = np.array([[30, 70], [18, 82]])
# chi2_stat, p_value, dof, expected = stats.chi2_contingency(table)
# ```
#
# It runs, but `chi2_stat` (3.32) is smaller than the 3.95 the course's formula gives. Fix it so \
# the plain Pearson statistic and its p-value are reported."""
# prompt = """
# For my 2 x 2 `table` [[30, 70], [18, 82]] the textbook's Pearson chi-square, \
# sum((O - E)^2 / E), is about 3.95, but SciPy gives me 3.32:
#
# ```python
# import numpy as np
# from scipy import stats
#
# table = np.array([[30, 70], [18, 82]])
# chi2_stat, p_value, dof, expected = stats.chi2_contingency(table)
# ```
#
# How do I get the uncorrected statistic in `chi2_stat` and its `p_value`?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(table, [[30, 70], [18, 82]])',
#     'np.isclose(chi2_stat, ((table - np.outer(table.sum(1), table.sum(0)) / table.sum()) ** 2 / (np.outer(table.sum(1), table.sum(0)) / table.sum())).sum())',
#     'np.isclose(p_value, scipy.stats.chi2.sf(chi2_stat, 1))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'contingency-table', 'hypothesis-test']
# ///
import numpy as np
from scipy import stats

table = np.array([[30, 70], [18, 82]])
# for 2 x 2 tables chi2_contingency applies Yates' continuity correction unless told not to
chi2_stat, p_value, dof, expected = stats.chi2_contingency(table, correction=False)
