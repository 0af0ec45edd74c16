# /// example
# task = """
# This loop copies the `age` column of the survey table `survey` into `ages` and replaces every \
# negative age (a data-entry error) by NaN, keeping missing ages missing and the table's index:
#
# ```python
# import numpy as np
#
# ages = survey["age"].copy()
# for i in range(len(ages)):
#     if ages.iloc[i] < 0:
#         ages.iloc[i] = np.nan
# ```
#
# Replace the loop with one whole-column operation that gives the same `ages`."""
# prompt = """
# Some ages in my `survey` table were typed in as negative numbers, so I blank them out (NaN) \
# into a new Series `ages`, leaving the other ages and the index as they are:
#
# ```python
# import numpy as np
#
# ages = survey["age"].copy()
# for i in range(len(ages)):
#     if ages.iloc[i] < 0:
#         ages.iloc[i] = np.nan
# ```
#
# This is painfully slow on the full survey. What is the vectorised way?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'isinstance(ages, pd.Series) and ages.index.equals(survey.index)',
#     'np.allclose(ages.to_numpy(dtype=float), np.where(survey["age"].to_numpy() < 0, np.nan, survey["age"].to_numpy()), equal_nan=True)',
#     'ages.isna().sum() == (survey["age"] < 0).sum() + survey["age"].isna().sum()',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'data-cleaning', 'missing-data']
# edge_cases = true
# ///
# mask blanks the values where the condition holds, all at once instead of one .iloc write per row
ages = survey["age"].mask(survey["age"] < 0)
