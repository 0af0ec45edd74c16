# /// example
# task = """
# Build the 2 x 2 table of counts below as the DataFrame `counts` and test whether outcome depends \
# on group with a chi-square test of independence (with the usual continuity correction for a \
# 2 x 2 table); store the statistic in `chi2`, the p-value in `p_value` and the degrees of \
# freedom in `dof`. Rounded they print as shown.
#
# ```text
#          improved  not_improved
# drug           30            10
# placebo        20            25
# ```
#
# Wanted:
#
# ```text
# chi2 = 6.95, p = 0.0084, dof = 1
# ```"""
# prompt = """
# Here are my trial counts (`counts`); I want the test results in `chi2`, `p_value` and `dof`:
#
# ```text
#          improved  not_improved
# drug           30            10
# placebo        20            25
# ```
#
# I expect the chi-square independence test to come out like this:
#
# ```text
# chi2 = 6.95, p = 0.0084, dof = 1
# ```
#
# Can you show me how to get `chi2`, `p_value` and `dof`?"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = {}
# checks = [
#     'round(float(chi2), 2) == 6.95',
#     'round(float(p_value), 4) == 0.0084',
#     'int(dof) == 1',
#     'counts.to_numpy().tolist() == [[30, 10], [20, 25]]',
# ]
# difficulty = 'basic'
# tags = ['contingency-table', 'hypothesis-test']
# ///
import pandas as pd
from scipy import stats

counts = pd.DataFrame({"improved": [30, 20], "not_improved": [10, 25]}, index=["drug", "placebo"])
# correction=True (the default) applies Yates' continuity correction to a 2 x 2 table
result = stats.chi2_contingency(counts, correction=True)
chi2, p_value, dof = result.statistic, result.pvalue, result.dof
