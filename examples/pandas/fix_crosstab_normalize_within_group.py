# /// example
# task = """
# For the Likert survey `survey`, this code should give, for each `group`, the share of its \
# respondents who gave each answer to `q1`, in `shares` (one row per group, one column per \
# answer, each row summing to 1 over the respondents of that group who answered `q1`):
#
# ```python
# import pandas as pd
#
# shares = pd.crosstab(survey["group"], survey["q1"], normalize=True)
# ```
#
# It runs, but the rows do not sum to 1: all the cells together do. Fix it."""
# prompt = """
# I want to compare how staff and students answered `q1` in my survey table `survey`: for each \
# `group`, the fraction of its respondents giving each answer, so every row adds up to 1 (counting \
# only people who answered `q1`). I did
#
# ```python
# import pandas as pd
#
# shares = pd.crosstab(survey["group"], survey["q1"], normalize=True)
# ```
#
# but the rows of `shares` don't add up to 1, only the whole table does. What should I change?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'likert' }
# checks = [
#     'np.allclose(shares.sum(axis=1), 1.0)',
#     'set(shares.index) == set(survey.loc[survey["q1"].notna(), "group"].dropna())',
#     # each cell: respondents of that group with that answer over the group's respondents who answered
#     'np.allclose(shares.to_numpy(dtype=float), [[((survey["group"] == group) & (survey["q1"] == answer)).sum() / ((survey["group"] == group) & survey["q1"].notna()).sum() for answer in shares.columns] for group in shares.index])',
#     'set(shares.columns) == set(survey.loc[survey["group"].notna(), "q1"].dropna())',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'contingency-table', 'counting', 'reshaping']
# edge_cases = true
# ///
import pandas as pd

# normalize="index" divides each row by its own total; True divides by the grand total
shares = pd.crosstab(survey["group"], survey["q1"], normalize="index")
