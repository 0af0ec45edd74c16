# /// example
# task = """
# This code should test whether the answers to `q1` of the Likert survey `survey` are independent \
# of the respondent's `group` (chi-square test of independence), keeping the cross-table in \
# `table` and the test in `result`:
#
# ```python
# import pandas as pd
# from scipy import stats
#
# table = pd.crosstab(survey["group"], survey["q1"], normalize="index")
# result = stats.chi2_contingency(table)
# ```
#
# It runs, but the statistic is tiny and the p-value close to 1 whatever the data. Fix it."""
# prompt = """
# I'm testing whether staff and students answer `q1` differently in my survey `survey`. I build \
# the group-by-answer table `table` and run a chi-square test into `result`:
#
# ```python
# import pandas as pd
# from scipy import stats
#
# table = pd.crosstab(survey["group"], survey["q1"], normalize="index")
# result = stats.chi2_contingency(table)
# ```
#
# The p-value is always around 1, even when the groups look different. What am I doing wrong?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas']
# inputs = { survey = 'likert' }
# checks = [
#     # the test needs the counts: one respondent per unit, summing to the answered rows
#     'table.to_numpy().sum() == survey[["group", "q1"]].dropna().shape[0]',
#     'np.isclose(result.statistic, scipy.stats.chi2_contingency(pd.crosstab(survey["group"], survey["q1"])).statistic)',
#     'np.isclose(result.pvalue, scipy.stats.chi2_contingency(pd.crosstab(survey["group"], survey["q1"])).pvalue)',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'contingency-table', 'hypothesis-test', 'counting']
# edge_cases = true
# ///
import pandas as pd
from scipy import stats

# the chi-square statistic scales with the sample size: it must see counts, not row shares
table = pd.crosstab(survey["group"], survey["q1"])
result = stats.chi2_contingency(table)
