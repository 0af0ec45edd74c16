# /// example
# task = """
# Build the table below as `orders`, then pull every ticket reference (a `#` followed by a \
# capital letter and digits) out of the free-text `note` column, one row per reference, into \
# `tickets`: columns `order_id` and `ticket` (the reference without `#`), in note order, index \
# 0..n-1. Orders whose note has no reference do not appear.
#
# ```text
#    order_id                  note
# 0       101  refund #A12, see #B7
# 1       102             no issues
# 2       103           dup of #A12
# 3       104      #C301 #C302 #A12
# ```
#
# Wanted `tickets`:
#
# ```text
#    order_id ticket
# 0       101    A12
# 1       101     B7
# 2       103    A12
# 3       104   C301
# 4       104   C302
# 5       104    A12
# ```"""
# prompt = """
# Support agents paste ticket numbers like `#A12` into a free-text note on each order. From this \
# `orders` table
#
# ```text
#    order_id                  note
# 0       101  refund #A12, see #B7
# 1       102             no issues
# 2       103           dup of #A12
# 3       104      #C301 #C302 #A12
# ```
#
# I need every reference on its own row (without the `#`), keeping the order id, as `tickets`:
#
# ```text
#    order_id ticket
# 0       101    A12
# 1       101     B7
# 2       103    A12
# 3       104   C301
# 4       104   C302
# 5       104    A12
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'tickets["order_id"].tolist() == [101, 101, 103, 104, 104, 104]',
#     'tickets["ticket"].tolist() == ["A12", "B7", "A12", "C301", "C302", "A12"]',
#     'list(tickets.index) == [0, 1, 2, 3, 4, 5]',
# ]
# difficulty = 'intermediate'
# tags = ['text-processing', 'parsing', 'nested-data']
# ///
import pandas as pd

orders = pd.DataFrame(
    {
        "order_id": [101, 102, 103, 104],
        "note": ["refund #A12, see #B7", "no issues", "dup of #A12", "#C301 #C302 #A12"],
    }
)
# extractall returns one row per match, indexed by (original row, match number)
matches = orders["note"].str.extractall(r"#(?P<ticket>[A-Z]\d+)")
tickets = (
    matches.droplevel("match")
    .join(orders["order_id"])[["order_id", "ticket"]]
    .reset_index(drop=True)
)
