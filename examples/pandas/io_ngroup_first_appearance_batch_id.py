# /// example
# task = """
# Build `runs` below and add an integer column `batch_id` that numbers each distinct (`plant`, \
# `line`) pair 0, 1, 2, ... in the order the pairs first appear in the table.
#
# ```text
#   plant  line  output
# 0     B     2     310
# 1     A     1     295
# 2     B     2     305
# 3     A     2     280
# 4     C     1     330
# 5     B     1     290
# ```
#
# Wanted `runs`:
#
# ```text
#   plant  line  output  batch_id
# 0     B     2     310         0
# 1     A     1     295         1
# 2     B     2     305         0
# 3     A     2     280         2
# 4     C     1     330         3
# 5     B     1     290         4
# ```"""
# prompt = """
# I want an id per plant/line combination in `runs`, counting from 0 in the order the combinations \
# first show up (not sorted), in a new column `batch_id`:
#
# ```text
#   plant  line  output
# 0     B     2     310
# 1     A     1     295
# 2     B     2     305
# 3     A     2     280
# 4     C     1     330
# 5     B     1     290
# ```
#
# Expected:
#
# ```text
#   plant  line  output  batch_id
# 0     B     2     310         0
# 1     A     1     295         1
# 2     B     2     305         0
# 3     A     2     280         2
# 4     C     1     330         3
# 5     B     1     290         4
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # sorted pairs would give [2, 0, 2, 1, 4, 3]
#     'runs["batch_id"].tolist() == [0, 1, 0, 2, 3, 4]',
#     'runs["output"].tolist() == [310, 295, 305, 280, 330, 290] and runs["plant"].tolist() == ["B", "A", "B", "A", "C", "B"]',
# ]
# difficulty = 'basic'
# tags = ['groupby', 'encoding']
# ///
import pandas as pd

runs = pd.DataFrame(
    {
        "plant": ["B", "A", "B", "A", "C", "B"],
        "line": [2, 1, 2, 2, 1, 1],
        "output": [310, 295, 305, 280, 330, 290],
    }
)
# sort=False numbers the (plant, line) pairs in order of first appearance, not alphabetically
runs["batch_id"] = runs.groupby(["plant", "line"], sort=False).ngroup()
