# /// example
# task = """
# Build the table below as `scores` and add an integer column `rank`: the dense rank of `points` \
# within each `team`, highest points first, tied players sharing a rank and no gaps after ties.
#
# ```text
#   team player  points
# 0    x    ann      12
# 1    x    bob      15
# 2    x     cy      12
# 3    y    dee       9
# 4    y    eve      11
# ```
#
# Wanted `scores`:
#
# ```text
#   team player  points  rank
# 0    x    ann      12     2
# 1    x    bob      15     1
# 2    x     cy      12     2
# 3    y    dee       9     2
# 4    y    eve      11     1
# ```"""
# prompt = """
# For this leaderboard (`scores`) I want each player's place inside their team, best first, ties \
# sharing a place and the next place not skipped, as whole numbers in a `rank` column:
#
# ```text
#   team player  points
# 0    x    ann      12
# 1    x    bob      15
# 2    x     cy      12
# 3    y    dee       9
# 4    y    eve      11
# ```
#
# should become
#
# ```text
#   team player  points  rank
# 0    x    ann      12     2
# 1    x    bob      15     1
# 2    x     cy      12     2
# 3    y    dee       9     2
# 4    y    eve      11     1
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'scores["rank"].tolist() == [2, 1, 2, 2, 1]',
#     'pd.api.types.is_integer_dtype(scores["rank"])',
#     'scores["player"].tolist() == ["ann", "bob", "cy", "dee", "eve"]',
# ]
# difficulty = 'basic'
# tags = ['ranking', 'groupby']
# ///
import pandas as pd

scores = pd.DataFrame(
    {
        "team": ["x", "x", "x", "y", "y"],
        "player": ["ann", "bob", "cy", "dee", "eve"],
        "points": [12, 15, 12, 9, 11],
    }
)
# method="dense" gives tied players the same rank and leaves no gap after them
scores["rank"] = scores.groupby("team")["points"].rank(method="dense", ascending=False).astype(int)
