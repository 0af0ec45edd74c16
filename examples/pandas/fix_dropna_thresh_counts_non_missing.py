# /// example
# task = """
# `survey` has four numeric columns with gaps. This code should keep in `complete_enough` only \
# the rows with at most one missing value, but rows with two missing values survive:
#
# ```python
# complete_enough = survey.dropna(thresh=2)
# ```
#
# Fix it (`survey` may have extra columns; "at most one missing value" counts over all of its \
# columns)."""
# prompt = """
# I'm dropping survey respondents with too many gaps: a row of `survey` may have at most one \
# missing value, otherwise it goes. I wrote
#
# ```python
# complete_enough = survey.dropna(thresh=2)
# ```
#
# but rows with two missing answers are still in `complete_enough`. What does `thresh` actually \
# mean and what should it be? Count over every column of the table."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'complete_enough.index.equals(survey.index[survey.isna().sum(axis=1).to_numpy() <= 1])',
#     'list(complete_enough.columns) == list(survey.columns)',
#     'np.allclose(complete_enough.to_numpy(dtype=float), survey[survey.isna().sum(axis=1) <= 1].to_numpy(dtype=float), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'missing-data', 'row-selection']
# edge_cases = true
# ///
# thresh is the minimum number of NON-missing values a row needs to be kept
complete_enough = survey.dropna(thresh=survey.shape[1] - 1)
