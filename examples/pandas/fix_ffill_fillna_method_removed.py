# /// example
# task = """
# This code should fill each missing value of the survey table `survey` with the last value \
# above it in the same column, filling at most 2 consecutive missing values per gap, in `filled`; \
# on pandas 3 it raises an error:
#
# ```python
# filled = survey.fillna(method="ffill", limit=2)
# ```
#
# ```text
# TypeError: NDFrame.fillna() got an unexpected keyword argument 'method'
# ```
#
# Fix it."""
# prompt = """
# This used to work before I upgraded pandas: carry the previous value of each column of `survey` \
# forward into the gaps, but at most 2 in a row, giving `filled`:
#
# ```python
# filled = survey.fillna(method="ffill", limit=2)
# ```
#
# Now it says
#
# ```text
# TypeError: NDFrame.fillna() got an unexpected keyword argument 'method'
# ```
#
# What's the current way?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'filled.shape == survey.shape',
#     'filled.equals(survey.ffill(limit=2))',
#     'filled.notna().sum().ge(survey.notna().sum()).all()',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'imputation', 'missing-data']
# edge_cases = true
# # fillna(method=...) only warned before pandas 3; the fix works on every version
# requires = { pandas = ">=3" }
# ///
# fillna(method=...) was removed: forward filling has its own method
filled = survey.ffill(limit=2)
