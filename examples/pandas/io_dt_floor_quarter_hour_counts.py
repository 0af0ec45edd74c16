# /// example
# task = """
# Build the contact `log` below and count the contacts of each `kind` per quarter-hour slot \
# (09:00-09:14 is the 09:00 slot, and so on), taking slots from `time`; store a table `per_slot` \
# with the slot start as rows, one column per kind and 0 where a kind has no contact. Slots with \
# no contact at all need not appear.
#
# ```text
#                  time  kind
# 0 2024-04-03 09:02:00  call
# 1 2024-04-03 09:14:00  chat
# 2 2024-04-03 09:15:00  call
# 3 2024-04-03 09:29:00  call
# 4 2024-04-03 09:31:00  chat
# 5 2024-04-03 09:58:00  call
# ```
#
# Wanted `per_slot`:
#
# ```text
# kind                 call  chat
# slot
# 2024-04-03 09:00:00     1     1
# 2024-04-03 09:15:00     2     0
# 2024-04-03 09:30:00     0     1
# 2024-04-03 09:45:00     1     0
# ```"""
# prompt = """
# I need contacts per quarter hour and per `kind` from my `log` (slot = the quarter hour a `time` \
# falls in, labelled by its start; 09:15 is in the 09:15 slot), as a table `per_slot` with zeros \
# for missing kinds; empty slots can be left out:
#
# ```text
#                  time  kind
# 0 2024-04-03 09:02:00  call
# 1 2024-04-03 09:14:00  chat
# 2 2024-04-03 09:15:00  call
# 3 2024-04-03 09:29:00  call
# 4 2024-04-03 09:31:00  chat
# 5 2024-04-03 09:58:00  call
# ```
#
# Expected:
#
# ```text
# kind                 call  chat
# slot
# 2024-04-03 09:00:00     1     1
# 2024-04-03 09:15:00     2     0
# 2024-04-03 09:30:00     0     1
# 2024-04-03 09:45:00     1     0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     '[str(stamp)[11:16] for stamp in per_slot.index] == ["09:00", "09:15", "09:30", "09:45"]',
#     'per_slot["call"].tolist() == [1, 2, 0, 1] and per_slot["chat"].tolist() == [1, 0, 1, 0]',
# ]
# difficulty = 'basic'
# tags = ['datetime', 'counting', 'reshaping']
# ///
import pandas as pd

log = pd.DataFrame(
    {
        "time": pd.to_datetime(
            [
                "2024-04-03 09:02",
                "2024-04-03 09:14",
                "2024-04-03 09:15",
                "2024-04-03 09:29",
                "2024-04-03 09:31",
                "2024-04-03 09:58",
            ]
        ),
        "kind": ["call", "chat", "call", "call", "chat", "call"],
    }
)
# floor puts every stamp at the start of its quarter hour (09:15 stays 09:15)
slot = log["time"].dt.floor("15min").rename("slot")
per_slot = log.groupby([slot, "kind"]).size().unstack(fill_value=0)
