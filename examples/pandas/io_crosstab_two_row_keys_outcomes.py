# /// example
# task = """
# Build `visits` below and count the outcomes per clinic and sex: a table `counts` with a \
# (`clinic`, `sex`) row index, one column per `outcome` and 0 where a combination has no visits of \
# that outcome.
#
# ```text
#   clinic sex   outcome
# 0   east   f     cured
# 1   east   m     cured
# 2   west   f  referred
# 3   east   f  referred
# 4   west   m     cured
# 5   west   m     cured
# 6   east   m     cured
# ```
#
# Wanted `counts`:
#
# ```text
# outcome     cured  referred
# clinic sex
# east   f        1         1
#        m        2         0
# west   f        0         1
#        m        2         0
# ```"""
# prompt = """
# I want to count the `outcome` values of my `visits` for every `clinic` and `sex` combination: \
# rows (clinic, sex), one column per outcome, zeros included, as `counts`:
#
# ```text
#   clinic sex   outcome
# 0   east   f     cured
# 1   east   m     cured
# 2   west   f  referred
# 3   east   f  referred
# 4   west   m     cured
# 5   west   m     cured
# 6   east   m     cured
# ```
#
# Expected:
#
# ```text
# outcome     cured  referred
# clinic sex
# east   f        1         1
#        m        2         0
# west   f        0         1
#        m        2         0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'counts.index.tolist() == [("east", "f"), ("east", "m"), ("west", "f"), ("west", "m")] and sorted(counts.columns) == ["cured", "referred"]',
#     'counts["cured"].tolist() == [1, 2, 0, 2] and counts["referred"].tolist() == [1, 0, 1, 0]',
# ]
# difficulty = 'basic'
# tags = ['counting', 'reshaping', 'hierarchical-index']
# ///
import pandas as pd

visits = pd.DataFrame(
    {
        "clinic": ["east", "east", "west", "east", "west", "west", "east"],
        "sex": ["f", "m", "f", "f", "m", "m", "m"],
        "outcome": ["cured", "cured", "referred", "referred", "cured", "cured", "cured"],
    }
)
# a list of row keys gives one row per (clinic, sex) pair
counts = pd.crosstab([visits["clinic"], visits["sex"]], visits["outcome"])
