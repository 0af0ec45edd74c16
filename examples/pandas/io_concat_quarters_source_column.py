# /// example
# task = """
# Build the quarterly frames `q1` and `q2` below (same columns) and stack them into `year` with a \
# leading column `quarter` holding `Q1` or `Q2` for each row's origin, and a fresh 0..n-1 index.
#
# ```text
# q1:
#   item  units
# 0  pen     40
# 1  ink     12
#
# q2:
#   item  units
# 0  pen     35
# 1  pad      8
# 2  ink     20
# ```
#
# Wanted `year`:
#
# ```text
#   quarter item  units
# 0      Q1  pen     40
# 1      Q1  ink     12
# 2      Q2  pen     35
# 3      Q2  pad      8
# 4      Q2  ink     20
# ```"""
# prompt = """
# I have two quarterly exports, `q1` and `q2`, with identical columns. How do I put them \
# underneath each other in `year` with a first column `quarter` saying `Q1` or `Q2`?
#
# ```text
# q1:
#   item  units
# 0  pen     40
# 1  ink     12
#
# q2:
#   item  units
# 0  pen     35
# 1  pad      8
# 2  ink     20
# ```
#
# Result should be:
#
# ```text
#   quarter item  units
# 0      Q1  pen     40
# 1      Q1  ink     12
# 2      Q2  pen     35
# 3      Q2  pad      8
# 4      Q2  ink     20
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(year.columns) == ["quarter", "item", "units"]',
#     'year["quarter"].tolist() == ["Q1", "Q1", "Q2", "Q2", "Q2"]',
#     'year["item"].tolist() == ["pen", "ink", "pen", "pad", "ink"] and year["units"].tolist() == [40, 12, 35, 8, 20]',
#     'list(year.index) == [0, 1, 2, 3, 4]',
# ]
# difficulty = 'intermediate'
# tags = ['merging', 'hierarchical-index']
# ///
import pandas as pd

q1 = pd.DataFrame({"item": ["pen", "ink"], "units": [40, 12]})
q2 = pd.DataFrame({"item": ["pen", "pad", "ink"], "units": [35, 8, 20]})
# keys= labels each piece in an extra index level, which reset_index turns into a column
year = (
    pd.concat([q1, q2], keys=["Q1", "Q2"], names=["quarter", None])
    .reset_index(level="quarter")
    .reset_index(drop=True)
)
