# /// example
# task = """
# This code should split the `name` column of `people` into `first` (everything before the last \
# space) and `last` (the final word), but a middle name makes it raise:
#
# ```python
# import pandas as pd
#
# people = pd.DataFrame({"name": ["Ada Lovelace", "Alan Mathison Turing", "Grace Hopper"]})
# people[["first", "last"]] = people["name"].str.split(" ", expand=True)
# ```
#
# ```text
# ValueError: Columns must be same length as key
# ```
#
# Fix it."""
# prompt = """
# I split the full names in the `name` column of `people` into `first` and `last` columns, where \
# `last` is the final word and `first` is everything before it:
#
# ```python
# import pandas as pd
#
# people = pd.DataFrame({"name": ["Ada Lovelace", "Alan Mathison Turing", "Grace Hopper"]})
# people[["first", "last"]] = people["name"].str.split(" ", expand=True)
# ```
#
# The middle name breaks it:
#
# ```text
# ValueError: Columns must be same length as key
# ```"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'people["first"].tolist() == [name.rsplit(" ", 1)[0] for name in people["name"]]',
#     'people["last"].tolist() == [name.rsplit(" ", 1)[1] for name in people["name"]]',
#     'list(people.columns) == ["name", "first", "last"]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'text-processing', 'derived-columns']
# ///
import pandas as pd

people = pd.DataFrame({"name": ["Ada Lovelace", "Alan Mathison Turing", "Grace Hopper"]})
# split() made one column per word (three for "Alan Mathison Turing"); rsplit with n=1 cuts
# only at the last space, so there are always two parts
people[["first", "last"]] = people["name"].str.rsplit(" ", n=1, expand=True)
