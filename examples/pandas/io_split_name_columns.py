# /// example
# task = """
# Build the table below as `people` and split each `name` ("Last, First") at the comma and \
# space into two new columns of `people`: `last` and `first`.
#
# ```text
#             name
# 0    Smith, John
# 1       Lee, Ann
# 2  Garcia, Maria
# ```
#
# Wanted `people`:
#
# ```text
#             name    last  first
# 0    Smith, John   Smith   John
# 1       Lee, Ann     Lee    Ann
# 2  Garcia, Maria  Garcia  Maria
# ```"""
# prompt = """
# My `people` table has names written "Last, First":
#
# ```text
#             name
# 0    Smith, John
# 1       Lee, Ann
# 2  Garcia, Maria
# ```
#
# How do I get separate `last` and `first` columns next to the name?
#
# ```text
#             name    last  first
# 0    Smith, John   Smith   John
# 1       Lee, Ann     Lee    Ann
# 2  Garcia, Maria  Garcia  Maria
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'people["last"].tolist() == ["Smith", "Lee", "Garcia"]',
#     'people["first"].tolist() == ["John", "Ann", "Maria"]',
#     'people["name"].tolist() == ["Smith, John", "Lee, Ann", "Garcia, Maria"]',
# ]
# difficulty = 'basic'
# tags = ['text-processing', 'parsing']
# ///
import pandas as pd

people = pd.DataFrame({"name": ["Smith, John", "Lee, Ann", "Garcia, Maria"]})
# n=1 splits at the first ", " only, so a first name with a comma would stay whole
people[["last", "first"]] = people["name"].str.split(", ", n=1, expand=True)
