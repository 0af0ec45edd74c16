# /// example
# task = """
# Build `subscriptions` below and add `renews`, the same day one calendar month after `started`; \
# when the next month has no such day (31 January), use that month's last day.
#
# ```text
#   member    started
# 0    kim 2024-01-15
# 1    lee 2024-01-31
# 2    ola 2024-03-31
# 3    raj 2023-12-30
# ```
#
# Wanted `subscriptions`:
#
# ```text
#   member    started     renews
# 0    kim 2024-01-15 2024-02-15
# 1    lee 2024-01-31 2024-02-29
# 2    ola 2024-03-31 2024-04-30
# 3    raj 2023-12-30 2024-01-30
# ```"""
# prompt = """
# Monthly subscriptions renew on the same day next month, or on the last day of next month if that \
# day doesn't exist (e.g. 31 January -> 29 February 2024). Please add `renews` to my \
# `subscriptions`:
#
# ```text
#   member    started
# 0    kim 2024-01-15
# 1    lee 2024-01-31
# 2    ola 2024-03-31
# 3    raj 2023-12-30
# ```
#
# Expected:
#
# ```text
#   member    started     renews
# 0    kim 2024-01-15 2024-02-15
# 1    lee 2024-01-31 2024-02-29
# 2    ola 2024-03-31 2024-04-30
# 3    raj 2023-12-30 2024-01-30
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # adding 30 days instead would give 2024-03-01 for lee and 2024-02-14 for kim
#     '[str(day.date()) for day in subscriptions["renews"]] == ["2024-02-15", "2024-02-29", "2024-04-30", "2024-01-30"]',
#     'subscriptions["member"].tolist() == ["kim", "lee", "ola", "raj"]',
# ]
# difficulty = 'basic'
# tags = ['datetime']
# ///
import pandas as pd

subscriptions = pd.DataFrame(
    {
        "member": ["kim", "lee", "ola", "raj"],
        "started": pd.to_datetime(["2024-01-15", "2024-01-31", "2024-03-31", "2023-12-30"]),
    }
)
# DateOffset(months=1) keeps the day of month and clips to the month's last day when needed
subscriptions["renews"] = subscriptions["started"] + pd.DateOffset(months=1)
