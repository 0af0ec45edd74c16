# /// example
# task = """
# `before` and `after` are blood-pressure readings of the same 30 patients (position i is the same \
# patient). This code should test whether the mean reading changed (two-sided t-test) and store \
# the test in `result`:
#
# ```python
# from scipy import stats
#
# result = stats.ttest_ind(before, after)
# ```
#
# It runs, but it treats the two columns as unrelated groups, so the between-patient spread hides \
# the change. Fix it."""
# prompt = """
# I measured blood pressure on the same patients before and after a treatment (`before`, `after`, \
# same order of patients) and ran
#
# ```python
# from scipy import stats
#
# result = stats.ttest_ind(before, after)
# ```
#
# to see whether the mean changed. My colleague says this is the wrong test for my design. What \
# should `result` be?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = { before = 'paired.a', after = 'paired.b' }
# checks = [
#     # equal_nan: when no reading changed at all, the paired test is undefined (nan) while the unpaired one gives 1
#     'np.isclose(result.pvalue, scipy.stats.ttest_rel(before, after).pvalue, equal_nan=True)',
#     'np.isclose(abs(result.statistic), abs(scipy.stats.ttest_rel(before, after).statistic), equal_nan=True)',
#     'result.df == len(before) - 1',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 't-test', 'paired-samples', 'hypothesis-test']
# edge_cases = true
# ///
from scipy import stats

# each patient is measured twice: the paired test works on the within-patient differences
result = stats.ttest_rel(before, after)
