# /// example
# task = """
# Store the nested user records below in `records` and flatten them with \
# `pandas.json_normalize` into `users`, expanding only the first level of nesting (the `user` \
# object) and joining nested names with an underscore, so the deeper `address` object stays as \
# one column of dicts.
#
# ```text
# [{"id": 1, "user": {"name": "Ana", "address": {"city": "Porto", "zip": "4000"}}},
#  {"id": 2, "user": {"name": "Ben", "address": {"city": "Lyon", "zip": "69001"}}}]
# ```
#
# Wanted `users`:
#
# ```text
#    id user_name                      user_address
# 0   1       Ana  {'city': 'Porto', 'zip': '4000'}
# 1   2       Ben  {'city': 'Lyon', 'zip': '69001'}
# ```"""
# prompt = """
# I get user records from an API, nested two levels deep:
#
# ```text
# [{"id": 1, "user": {"name": "Ana", "address": {"city": "Porto", "zip": "4000"}}},
#  {"id": 2, "user": {"name": "Ben", "address": {"city": "Lyon", "zip": "69001"}}}]
# ```
#
# Put them in `records` and flatten only the first level into `users`, with underscores in the \
# column names; the address should stay a dict for now:
#
# ```text
#    id user_name                      user_address
# 0   1       Ana  {'city': 'Porto', 'zip': '4000'}
# 1   2       Ben  {'city': 'Lyon', 'zip': '69001'}
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(users.columns) == ["id", "user_name", "user_address"]',
#     'users["user_name"].tolist() == ["Ana", "Ben"] and users["id"].tolist() == [1, 2]',
#     'users["user_address"].tolist() == [{"city": "Porto", "zip": "4000"}, {"city": "Lyon", "zip": "69001"}]',
# ]
# difficulty = 'basic'
# tags = ['nested-data', 'file-io']
# ///
import pandas as pd

records = [
    {"id": 1, "user": {"name": "Ana", "address": {"city": "Porto", "zip": "4000"}}},
    {"id": 2, "user": {"name": "Ben", "address": {"city": "Lyon", "zip": "69001"}}},
]
# max_level=1 expands one level of nesting; sep sets the joiner of the nested key names
users = pd.json_normalize(records, sep="_", max_level=1)
