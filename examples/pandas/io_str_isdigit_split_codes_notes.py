# /// example
# task = """
# In the `entries` table below, the `code` field mixes numeric account codes with free-text \
# notes. Store the rows whose `code` consists only of digits in `accounts`, with `code` \
# converted to integers, and the other rows in `notes` (unchanged).
#
# ```text
#   entry     code
# 0    e1     4021
# 1    e2  see memo
# 2    e3    00077
# 3    e4     12a
# 4    e5     9000
# ```
#
# Wanted:
#
# ```text
# accounts
#   entry  code
# 0    e1  4021
# 2    e3    77
# 4    e5  9000
#
# notes
#   entry      code
# 1    e2  see memo
# 3    e4       12a
# ```"""
# prompt = """
# Our ledger export puts account codes and remarks in the same `code` column of `entries`:
#
# ```text
#   entry     code
# 0    e1     4021
# 1    e2  see memo
# 2    e3    00077
# 3    e4     12a
# 4    e5     9000
# ```
#
# Split it into `accounts` (rows whose code is all digits, code as an integer) and `notes` (the \
# rest, as they are):
#
# ```text
# accounts
#   entry  code
# 0    e1  4021
# 2    e3    77
# 4    e5  9000
#
# notes
#   entry      code
# 1    e2  see memo
# 3    e4       12a
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'accounts["entry"].tolist() == ["e1", "e3", "e5"] and accounts["code"].tolist() == [4021, 77, 9000] and list(accounts.index) == [0, 2, 4]',
#     'pd.api.types.is_integer_dtype(accounts["code"])',
#     'notes["entry"].tolist() == ["e2", "e4"] and notes["code"].tolist() == ["see memo", "12a"] and list(notes.index) == [1, 3]',
# ]
# difficulty = 'basic'
# tags = ['text-processing', 'data-cleaning', 'row-selection']
# ///
import pandas as pd

entries = pd.DataFrame(
    {
        "entry": ["e1", "e2", "e3", "e4", "e5"],
        "code": ["4021", "see memo", "00077", "12a", "9000"],
    }
)
# isdigit is True only when every character is a digit (and the text is not empty)
is_account = entries["code"].str.isdigit()
accounts = entries[is_account].astype({"code": "int64"})
notes = entries[~is_account]
