# /// example
# task = """
# Build the ticket history `history` below (rows in time order) and summarise it per `ticket` in \
# `summary`: columns `first_status` and `last_status` (the first and last status seen) and \
# `updates` (number of rows), indexed by ticket.
#
# ```text
#    ticket   status
# 0       7     open
# 1       8     open
# 2       7  pending
# 3       7   closed
# 4       8   closed
# 5       9     open
# ```
#
# Wanted `summary`:
#
# ```text
#        first_status last_status  updates
# ticket
# 7              open      closed        3
# 8              open      closed        2
# 9              open        open        1
# ```"""
# prompt = """
# From the event `history` of our help desk (rows are in time order) I need one row per `ticket` \
# in `summary` with the status it started with (`first_status`), the status it ended with \
# (`last_status`) and how many `updates` it had:
#
# ```text
#    ticket   status
# 0       7     open
# 1       8     open
# 2       7  pending
# 3       7   closed
# 4       8   closed
# 5       9     open
# ```
#
# Result should look like:
#
# ```text
#        first_status last_status  updates
# ticket
# 7              open      closed        3
# 8              open      closed        2
# 9              open        open        1
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(summary.index) == [7, 8, 9]',
#     'summary["first_status"].tolist() == ["open", "open", "open"]',
#     'summary["last_status"].tolist() == ["closed", "closed", "open"]',
#     'summary["updates"].tolist() == [3, 2, 1]',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'aggregation']
# ///
import pandas as pd

history = pd.DataFrame(
    {
        "ticket": [7, 8, 7, 7, 8, 9],
        "status": ["open", "open", "pending", "closed", "closed", "open"],
    }
)
# named aggregation: output column = (input column, function)
summary = history.groupby("ticket").agg(
    first_status=("status", "first"),
    last_status=("status", "last"),
    updates=("status", "size"),
)
