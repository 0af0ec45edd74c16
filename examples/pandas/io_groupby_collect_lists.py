# /// example
# task = """
# Build the table `assignments` below and collect, per `team`, the `member` names into a Python \
# list in row order: `rosters` is a Series indexed by team (alphabetical) whose values are lists.
#
# ```text
#     team member
# 0    red    ana
# 1   blue    ben
# 2    red     cy
# 3  green    dee
# 4   blue    eve
# 5    red    fay
# ```
#
# Wanted `rosters`:
#
# ```text
# team
# blue         [ben, eve]
# green             [dee]
# red      [ana, cy, fay]
# Name: member, dtype: object
# ```"""
# prompt = """
# How do I group `assignments` by `team` and get the members of each team as a list (in the order \
# they appear), one list per team, in `rosters`?
#
# ```text
#     team member
# 0    red    ana
# 1   blue    ben
# 2    red     cy
# 3  green    dee
# 4   blue    eve
# 5    red    fay
# ```
#
# Expected:
#
# ```text
# team
# blue         [ben, eve]
# green             [dee]
# red      [ana, cy, fay]
# Name: member, dtype: object
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(rosters.index) == ["blue", "green", "red"]',
#     'rosters.tolist() == [["ben", "eve"], ["dee"], ["ana", "cy", "fay"]]',
#     'all(isinstance(value, list) for value in rosters)',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'nested-data']
# ///
import pandas as pd

assignments = pd.DataFrame(
    {
        "team": ["red", "blue", "red", "green", "blue", "red"],
        "member": ["ana", "ben", "cy", "dee", "eve", "fay"],
    }
)
# apply(list) turns each team's member column into one list
rosters = assignments.groupby("team")["member"].apply(list)
