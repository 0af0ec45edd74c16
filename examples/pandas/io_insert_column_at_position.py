# /// example
# task = """
# Build the `people` table below and insert a `full_name` column (first name, a space, last \
# name) as the second column, right after `id`, modifying `people` in place.
#
# ```text
#    id first    last
# 0   7   Ana     Lee
# 1   8   Ben  Okafor
# ```
#
# Wanted `people`:
#
# ```text
#    id   full_name first    last
# 0   7     Ana Lee   Ana     Lee
# 1   8  Ben Okafor   Ben  Okafor
# ```"""
# prompt = """
# In my `people` table I want a `full_name` column, and it has to sit right after `id` (the \
# export reads columns by position), not at the end:
#
# ```text
#    id first    last
# 0   7   Ana     Lee
# 1   8   Ben  Okafor
# ```
#
# should become
#
# ```text
#    id   full_name first    last
# 0   7     Ana Lee   Ana     Lee
# 1   8  Ben Okafor   Ben  Okafor
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(people.columns) == ["id", "full_name", "first", "last"]',
#     'people["full_name"].tolist() == ["Ana Lee", "Ben Okafor"]',
#     'people["id"].tolist() == [7, 8]',
# ]
# difficulty = 'basic'
# tags = ['derived-columns', 'text-processing']
# ///
import pandas as pd

people = pd.DataFrame({"id": [7, 8], "first": ["Ana", "Ben"], "last": ["Lee", "Okafor"]})
# insert puts the new column at position 1 (0-based), shifting the others right
people.insert(1, "full_name", people["first"].str.cat(people["last"], sep=" "))
