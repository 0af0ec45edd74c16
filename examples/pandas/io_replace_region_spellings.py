# /// example
# task = """
# Build the table `shops` below, whose `region` is typed inconsistently (stray spaces, case, \
# abbreviations `N.` and `S.`), and clean `region` in place so every value is exactly `North` or \
# `South`.
#
# ```text
#    shop  region
# 0     1   north
# 1     2   NORTH
# 2     3      N.
# 3     4  South
# 4     5      s.
# 5     6   south
# ```
#
# Wanted `shops`:
#
# ```text
#    shop region
# 0     1  North
# 1     2  North
# 2     3  North
# 3     4  South
# 4     5  South
# 5     6  South
# ```"""
# prompt = """
# The `region` column of `shops` is a mess: " north", "NORTH", "N.", "South ", "s."... I want just \
# `North` and `South`:
#
# ```text
#    shop  region
# 0     1   north
# 1     2   NORTH
# 2     3      N.
# 3     4  South
# 4     5      s.
# 5     6   south
# ```
#
# Expected:
#
# ```text
#    shop region
# 0     1  North
# 1     2  North
# 2     3  North
# 3     4  South
# 4     5  South
# 5     6  South
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'shops["region"].tolist() == ["North", "North", "North", "South", "South", "South"]',
#     'shops["shop"].tolist() == [1, 2, 3, 4, 5, 6]',
# ]
# difficulty = 'intermediate'
# tags = ['data-cleaning', 'recoding', 'text-processing']
# ///
import pandas as pd

shops = pd.DataFrame(
    {
        "shop": [1, 2, 3, 4, 5, 6],
        "region": [" north", "NORTH", "N.", "South ", "s.", "south"],
    }
)
# normalise whitespace and case first, so the mapping needs one entry per abbreviation
shops["region"] = (
    shops["region"].str.strip().str.lower().replace({"n.": "north", "s.": "south"}).str.title()
)
