# /// example
# task = """
# Build `scores` below (indexed by `student`) and reshape it to long form in `long`: the `student` \
# index kept as the index, a `subject` column and a `score` column, rows grouped by student (each \
# student's subjects in column order).
#
# ```text
#          math  physics
# student
# ida        71       68
# jon        88       92
# kai        64       70
# ```
#
# Wanted `long`:
#
# ```text
#          subject  score
# student
# ida         math     71
# ida      physics     68
# jon         math     88
# jon      physics     92
# kai         math     64
# kai      physics     70
# ```"""
# prompt = """
# I want my `scores` table (students as the index, one column per subject) in long form as `long`, \
# but without losing the student names: keep them as the index, with columns `subject` and \
# `score`, ordered by student:
#
# ```text
#          math  physics
# student
# ida        71       68
# jon        88       92
# kai        64       70
# ```
#
# Expected:
#
# ```text
#          subject  score
# student
# ida         math     71
# ida      physics     68
# jon         math     88
# jon      physics     92
# kai         math     64
# kai      physics     70
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(long.index) == ["ida", "ida", "jon", "jon", "kai", "kai"] and long["subject"].tolist() == ["math", "physics"] * 3',
#     'long["score"].tolist() == [71, 68, 88, 92, 64, 70]',
# ]
# difficulty = 'basic'
# tags = ['reshaping']
# ///
import pandas as pd

scores = pd.DataFrame(
    {"math": [71, 88, 64], "physics": [68, 92, 70]},
    index=pd.Index(["ida", "jon", "kai"], name="student"),
)
# ignore_index=False keeps each row's student label through the melt
long = scores.melt(var_name="subject", value_name="score", ignore_index=False)
long = long.sort_index(kind="stable")
