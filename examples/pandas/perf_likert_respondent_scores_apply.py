# /// example
# task = """
# In the survey table `likert` the answers `q1` ... `q5` are ordered categoricals of the numbers \
# 1 to 5. This code builds `scores`, one row per respondent (same index as `likert`), with the \
# mean answer in `mean_score` and the number of answers of 4 or 5 ("agree") in `n_agree`:
#
# ```python
# import pandas as pd
#
# questions = ["q1", "q2", "q3", "q4", "q5"]
#
#
# def summarise(row):
#     answers = [int(row[q]) for q in questions]
#     return pd.Series({"mean_score": sum(answers) / len(answers), "n_agree": sum(a >= 4 for a in answers)})
#
#
# scores = likert.apply(summarise, axis=1)
# ```
#
# Compute the same `scores` without calling a Python function per row."""
# prompt = """
# My `likert` table has answers `q1`..`q5` stored as ordered categoricals 1-5. Per respondent I \
# want the average answer (`mean_score`) and how many answers are 4 or 5 (`n_agree`), in a frame \
# `scores` with the same index:
#
# ```python
# import pandas as pd
#
# questions = ["q1", "q2", "q3", "q4", "q5"]
#
#
# def summarise(row):
#     answers = [int(row[q]) for q in questions]
#     return pd.Series({"mean_score": sum(answers) / len(answers), "n_agree": sum(a >= 4 for a in answers)})
#
#
# scores = likert.apply(summarise, axis=1)
# ```
#
# The row-wise apply is very slow on 200k respondents. What is the vectorised version?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { likert = 'likert' }
# checks = [
#     'scores.index.equals(likert.index)',
#     'np.allclose(scores["mean_score"].to_numpy(dtype=float), likert[["q1", "q2", "q3", "q4", "q5"]].to_numpy(dtype=float).mean(axis=1))',
#     'np.allclose(scores["n_agree"].to_numpy(dtype=float), (likert[["q1", "q2", "q3", "q4", "q5"]].to_numpy(dtype=float) >= 4).sum(axis=1))',
# ]
# difficulty = 'advanced'
# tags = ['vectorization', 'categorical', 'column-wise', 'counting']
# edge_cases = true
# ///
import pandas as pd

questions = ["q1", "q2", "q3", "q4", "q5"]
# the categories are the numbers 1-5: cast to int once for the whole block of answers
answers = likert[questions].astype(int)
scores = pd.DataFrame({"mean_score": answers.mean(axis=1), "n_agree": answers.ge(4).sum(axis=1)})
