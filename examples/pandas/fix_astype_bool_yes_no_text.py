# /// example
# task = """
# The `active` column of `members` holds the text `yes`/`no`. This code should turn it into \
# booleans and count the active members in `n_active` (2 here), but it counts everyone:
#
# ```python
# import pandas as pd
#
# members = pd.DataFrame(
#     {"name": ["Ana", "Ben", "Caro", "Dev"], "active": ["yes", "no", "no", "yes"]}
# )
# members["active"] = members["active"].astype(bool)
# n_active = int(members["active"].sum())
# ```
#
# Fix it: `members["active"]` must become `[True, False, False, True]`."""
# prompt = """
# My membership table stores `active` as "yes"/"no" strings. I convert it to booleans and count, \
# but `n_active` comes out as 4 instead of 2:
#
# ```python
# import pandas as pd
#
# members = pd.DataFrame(
#     {"name": ["Ana", "Ben", "Caro", "Dev"], "active": ["yes", "no", "no", "yes"]}
# )
# members["active"] = members["active"].astype(bool)
# n_active = int(members["active"].sum())
# ```
#
# I want `members["active"]` to be `[True, False, False, True]` and the count right."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'members["active"].tolist() == [True, False, False, True]',
#     'n_active == 2',
#     'members["name"].tolist() == ["Ana", "Ben", "Caro", "Dev"]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'data-types', 'recoding']
# ///
import pandas as pd

members = pd.DataFrame(
    {"name": ["Ana", "Ben", "Caro", "Dev"], "active": ["yes", "no", "no", "yes"]}
)
# astype(bool) is True for every non-empty string, "no" included; map the words explicitly
members["active"] = members["active"].map({"yes": True, "no": False})
n_active = int(members["active"].sum())
