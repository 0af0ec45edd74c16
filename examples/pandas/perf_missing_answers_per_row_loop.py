# /// example
# task = """
# This loop counts, for every respondent (row) of `survey`, how many answers are missing, into \
# the Series `n_missing` (same index), and the share of respondents with at least one missing \
# answer into `share_incomplete` (0 for an empty table):
#
# ```python
# import pandas as pd
#
# counts = []
# for _, row in survey.iterrows():
#     counts.append(sum(pd.isna(value) for value in row))
# n_missing = pd.Series(counts, index=survey.index, dtype="int64")
# share_incomplete = float((n_missing > 0).mean()) if len(n_missing) else 0.0
# ```
#
# Compute the same `n_missing` and `share_incomplete` without the row loop."""
# prompt = """
# For a data-quality report I count the missing answers per respondent of `survey` and the \
# share of respondents missing at least one answer:
#
# ```python
# import pandas as pd
#
# counts = []
# for _, row in survey.iterrows():
#     counts.append(sum(pd.isna(value) for value in row))
# n_missing = pd.Series(counts, index=survey.index, dtype="int64")
# share_incomplete = float((n_missing > 0).mean()) if len(n_missing) else 0.0
# ```
#
# `iterrows` is slow on the full survey. How do I get the same `n_missing` and \
# `share_incomplete` vectorised?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'n_missing.index.equals(survey.index) and n_missing.tolist() == [int(np.isnan(row).sum()) for row in survey.to_numpy(dtype=float)]',
#     'np.isclose(share_incomplete, np.mean([np.isnan(row).any() for row in survey.to_numpy(dtype=float)]) if len(survey) else 0.0)',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'missing-data']
# edge_cases = true
# ///
# isna() marks every cell at once; summing along axis=1 counts per row
n_missing = survey.isna().sum(axis=1)
share_incomplete = float(n_missing.gt(0).mean()) if len(n_missing) else 0.0
