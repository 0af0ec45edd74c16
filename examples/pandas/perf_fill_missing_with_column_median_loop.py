# /// example
# task = """
# These nested loops fill every missing value of the numeric table `survey` with the median of \
# its column (computed from the observed values) and store the result in `filled`:
#
# ```python
# import pandas as pd
#
# filled = survey.copy()
# for column in filled.columns:
#     median = filled[column].median()
#     for i in range(len(filled)):
#         if pd.isna(filled[column].iat[i]):
#             filled.loc[filled.index[i], column] = median
# ```
#
# Replace the loops with one vectorised call that gives the same `filled`."""
# prompt = """
# I impute the gaps in my `survey` table with each column's median using this double loop:
#
# ```python
# import pandas as pd
#
# filled = survey.copy()
# for column in filled.columns:
#     median = filled[column].median()
#     for i in range(len(filled)):
#         if pd.isna(filled[column].iat[i]):
#             filled.loc[filled.index[i], column] = median
# ```
#
# It crawls on bigger surveys. What's the one-liner for the same `filled`?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'list(filled.columns) == list(survey.columns) and filled.index.equals(survey.index)',
#     'np.allclose(filled.to_numpy(dtype=float), np.where(survey.isna(), np.array([np.median(survey[c].dropna()) if survey[c].notna().any() else np.nan for c in survey.columns]), survey.to_numpy(dtype=float)), equal_nan=True)',
#     'all(filled[c].isna().all() == survey[c].isna().all() for c in survey.columns)',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'missing-data', 'imputation']
# edge_cases = true
# ///
# a Series of medians fills each column with its own value, matched by column name
filled = survey.fillna(survey.median())
