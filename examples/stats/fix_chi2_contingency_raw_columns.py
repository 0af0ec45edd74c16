# /// example
# task = """
# The survey table `likert` has a categorical `group` (staff/student) and answers `q1` (1-5). \
# This code should test whether the answer to q1 is independent of the group with a \
# chi-square test, storing the statistic in `chi2_stat`, the p-value in `p_value` and the \
# degrees of freedom in `dof`, but it raises an error:
#
# ```python
# from scipy import stats
#
# chi2_stat, p_value, dof, expected = stats.chi2_contingency(likert[["group", "q1"]])
# ```
#
# ```text
# TypeError: '<' not supported between instances of 'str' and 'int'
# ```
#
# Fix it. Use only the answer levels and groups that occur in the data."""
# prompt = """
# Is the q1 answer related to whether a respondent is staff or student? My `likert` table has \
# `group` and `q1` columns, and I tried
#
# ```python
# from scipy import stats
#
# chi2_stat, p_value, dof, expected = stats.chi2_contingency(likert[["group", "q1"]])
# ```
#
# ```text
# TypeError: '<' not supported between instances of 'str' and 'int'
# ```
#
# I want `chi2_stat`, `p_value` and `dof` for the table of observed groups by observed answers."""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { likert = 'likert' }
# checks = [
#     'np.isclose(chi2_stat, scipy.stats.chi2_contingency(scipy.stats.contingency.crosstab(likert["group"].to_numpy(dtype=str), likert["q1"].to_numpy(dtype=int)).count).statistic)',
#     'dof == (likert["group"].nunique() - 1) * (likert["q1"].nunique() - 1)',
#     'np.isclose(p_value, scipy.stats.chi2_contingency(scipy.stats.contingency.crosstab(likert["group"].to_numpy(dtype=str), likert["q1"].to_numpy(dtype=int)).count).pvalue)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'contingency-table', 'hypothesis-test', 'categorical']
# edge_cases = true
# ///
import pandas as pd
from scipy import stats

# chi2_contingency wants a table of counts, not the raw columns: cross-tabulate first
# (crosstab keeps only the levels that occur, so no all-zero rows or columns)
counts = pd.crosstab(likert["group"], likert["q1"])
chi2_stat, p_value, dof, expected = stats.chi2_contingency(counts)
