# /// example
# task = """
# Build the user table below as `users` and add a boolean column `duplicate` that is True for \
# every user whose e-mail address occurs more than once, ignoring letter case (all copies \
# flagged, not just the later ones).
#
# ```text
#    user_id      email
# 0        1  ana@x.com
# 1        2  Ben@y.org
# 2        3  ANA@x.com
# 3        4   cy@z.net
# 4        5  ben@y.org
# ```
#
# Wanted `users`:
#
# ```text
#    user_id      email  duplicate
# 0        1  ana@x.com       True
# 1        2  Ben@y.org       True
# 2        3  ANA@x.com       True
# 3        4   cy@z.net      False
# 4        5  ben@y.org       True
# ```"""
# prompt = """
# Before merging accounts I need to see every user that shares an e-mail with someone else (case \
# doesn't matter: `ANA@x.com` is `ana@x.com`). From `users`
#
# ```text
#    user_id      email
# 0        1  ana@x.com
# 1        2  Ben@y.org
# 2        3  ANA@x.com
# 3        4   cy@z.net
# 4        5  ben@y.org
# ```
#
# add a `duplicate` column flagging all of them, the first occurrence included:
#
# ```text
#    user_id      email  duplicate
# 0        1  ana@x.com       True
# 1        2  Ben@y.org       True
# 2        3  ANA@x.com       True
# 3        4   cy@z.net      False
# 4        5  ben@y.org       True
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'users["duplicate"].tolist() == [True, True, True, False, True]',
#     'users["email"].tolist() == ["ana@x.com", "Ben@y.org", "ANA@x.com", "cy@z.net", "ben@y.org"] and users["user_id"].tolist() == [1, 2, 3, 4, 5]',
# ]
# difficulty = 'basic'
# tags = ['data-cleaning', 'text-processing']
# ///
import pandas as pd

users = pd.DataFrame(
    {
        "user_id": [1, 2, 3, 4, 5],
        "email": ["ana@x.com", "Ben@y.org", "ANA@x.com", "cy@z.net", "ben@y.org"],
    }
)
# keep=False marks every member of a duplicate group, including the first one
users["duplicate"] = users["email"].str.lower().duplicated(keep=False)
