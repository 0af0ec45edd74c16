# /// example
# task = """
# This code should give the mean answer to each question `q1`, `q2`, `q3`, `q4`, `q5` per \
# `group` of the Likert survey `survey` (answers 1-5 stored as ordered categoricals) in `means`, \
# a DataFrame with one row per group that has respondents and one column per question, but it \
# raises an error:
#
# ```python
# means = survey.groupby("group")[["q1", "q2", "q3", "q4", "q5"]].mean()
# ```
#
# ```text
# TypeError: category dtype does not support aggregation 'mean'
# ```
#
# Fix it."""
# prompt = """
# I want the average score per group for each question of my Likert survey `survey` (`q1`, `q2`, \
# `q3`, `q4`, `q5` are answers 1-5 stored as ordered categoricals, `group` is staff or student), \
# as a DataFrame `means` with a row per group that has respondents and a column per question. \
# This is what I tried:
#
# ```python
# means = survey.groupby("group")[["q1", "q2", "q3", "q4", "q5"]].mean()
# ```
#
# and it fails with
#
# ```text
# TypeError: category dtype does not support aggregation 'mean'
# ```
#
# How do I fix it?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'likert' }
# checks = [
#     "list(means.columns) == ['q1', 'q2', 'q3', 'q4', 'q5']",
#     "sorted(map(str, means.index)) == sorted(set(map(str, survey['group'])))",
#     # plain Python means of the 1-5 values per group and question
#     "all(np.isclose(means.loc[g, q], np.mean([int(a) for a, grp in zip(survey[q], survey['group']) if grp == g])) for g in set(survey['group']) for q in ('q1', 'q2', 'q3', 'q4', 'q5'))",
# ]
# difficulty = 'basic'
# tags = ['debugging', 'groupby', 'categorical', 'data-types']
# edge_cases = true
# ///
questions = ["q1", "q2", "q3", "q4", "q5"]
# categorical answers have no mean: convert the 1-5 categories to integers first
scores = survey[questions].astype("int64")
means = scores.groupby(survey["group"], observed=True).mean()
