# /// example
# task = """
# Build the `releases` table below and sort it by version number in `ordered`, comparing the \
# dot-separated parts as numbers (so `1.9.10` comes after `1.9.2` and `1.10.0` after both), \
# keeping the original index labels.
#
# ```text
#   release
# 0  1.10.0
# 1   1.9.2
# 2   2.0.0
# 3  1.9.10
# 4   1.2.0
# ```
#
# Wanted `ordered`:
#
# ```text
#   release
# 4   1.2.0
# 1   1.9.2
# 3  1.9.10
# 0  1.10.0
# 2   2.0.0
# ```"""
# prompt = """
# Sorting my `releases` column as text puts `1.10.0` before `1.9.2`. I want them in real version \
# order as `ordered`, keeping the row labels:
#
# ```text
#   release
# 0  1.10.0
# 1   1.9.2
# 2   2.0.0
# 3  1.9.10
# 4   1.2.0
# ```
#
# should become
#
# ```text
#   release
# 4   1.2.0
# 1   1.9.2
# 3  1.9.10
# 0  1.10.0
# 2   2.0.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'ordered["release"].tolist() == ["1.2.0", "1.9.2", "1.9.10", "1.10.0", "2.0.0"]',
#     'list(ordered.index) == [4, 1, 3, 0, 2]',
# ]
# difficulty = 'intermediate'
# tags = ['sorting', 'text-processing', 'parsing']
# ///
import pandas as pd

releases = pd.DataFrame({"release": ["1.10.0", "1.9.2", "2.0.0", "1.9.10", "1.2.0"]})
# one integer column per version part; sorting by all of them compares major, minor, patch
parts = releases["release"].str.split(".", expand=True).astype(int)
ordered = releases.loc[parts.sort_values(list(parts.columns)).index]
