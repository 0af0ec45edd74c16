# /// example
# task = """
# Build the ticket table below as `raw`; its `opened` column mixes date formats typed by \
# different people. Parse `opened` into datetimes in place, each value with its own format.
#
# ```text
#    ticket            opened
# 0       1        2024-03-05
# 1       2     March 7, 2024
# 2       3  2024-03-09 14:30
# 3       4       11 Mar 2024
# ```
#
# Wanted `raw`:
#
# ```text
#    ticket              opened
# 0       1 2024-03-05 00:00:00
# 1       2 2024-03-07 00:00:00
# 2       3 2024-03-09 14:30:00
# 3       4 2024-03-11 00:00:00
# ```"""
# prompt = """
# The `opened` column of my helpdesk export `raw` was typed by hand in several formats:
#
# ```text
#    ticket            opened
# 0       1        2024-03-05
# 1       2     March 7, 2024
# 2       3  2024-03-09 14:30
# 3       4       11 Mar 2024
# ```
#
# `pd.to_datetime` complains that the values don't match the format it inferred from the first \
# one. I want real datetimes:
#
# ```text
#    ticket              opened
# 0       1 2024-03-05 00:00:00
# 1       2 2024-03-07 00:00:00
# 2       3 2024-03-09 14:30:00
# 3       4 2024-03-11 00:00:00
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'pd.api.types.is_datetime64_any_dtype(raw["opened"])',
#     'list(raw["opened"]) == [pd.Timestamp("2024-03-05"), pd.Timestamp("2024-03-07"), pd.Timestamp("2024-03-09 14:30"), pd.Timestamp("2024-03-11")]',
# ]
# difficulty = 'basic'
# tags = ['parsing', 'datetime', 'data-cleaning']
# ///
import pandas as pd

raw = pd.DataFrame(
    {
        "ticket": [1, 2, 3, 4],
        "opened": ["2024-03-05", "March 7, 2024", "2024-03-09 14:30", "11 Mar 2024"],
    }
)
# format="mixed" infers the format of every value separately instead of from the first one
raw["opened"] = pd.to_datetime(raw["opened"], format="mixed")
