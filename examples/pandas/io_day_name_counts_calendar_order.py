# /// example
# task = """
# Build the Series `tickets` below (when each support ticket was opened) and count the tickets per \
# weekday name, listing all seven days from Monday to Sunday in calendar order with 0 for days \
# without tickets; store the counts in `per_weekday`.
#
# ```text
# 0   2024-05-06 09:12:00
# 1   2024-05-07 14:03:00
# 2   2024-05-07 16:40:00
# 3   2024-05-10 11:25:00
# 4   2024-05-13 08:55:00
# 5   2024-05-17 10:00:00
# ```
#
# Wanted `per_weekday`:
#
# ```text
# opened
# Monday       2
# Tuesday      2
# Wednesday    0
# Thursday     0
# Friday       2
# Saturday     0
# Sunday       0
# ```"""
# prompt = """
# Which weekdays get the most support tickets? From the opening times in `tickets` I want a count \
# per day name, Monday first and Sunday last, including days with 0, as `per_weekday`:
#
# ```text
# 0   2024-05-06 09:12:00
# 1   2024-05-07 14:03:00
# 2   2024-05-07 16:40:00
# 3   2024-05-10 11:25:00
# 4   2024-05-13 08:55:00
# 5   2024-05-17 10:00:00
# ```
#
# Expected:
#
# ```text
# opened
# Monday       2
# Tuesday      2
# Wednesday    0
# Thursday     0
# Friday       2
# Saturday     0
# Sunday       0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(per_weekday.index) == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]',
#     'list(per_weekday) == [2, 2, 0, 0, 2, 0, 0]',
# ]
# difficulty = 'basic'
# tags = ['datetime', 'counting']
# ///
import pandas as pd

tickets = pd.Series(
    pd.to_datetime(
        [
            "2024-05-06 09:12",
            "2024-05-07 14:03",
            "2024-05-07 16:40",
            "2024-05-10 11:25",
            "2024-05-13 08:55",
            "2024-05-17 10:00",
        ]
    ),
    name="opened",
)
weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# reindex puts the days in calendar order and adds the days without tickets as 0
per_weekday = tickets.dt.day_name().value_counts().reindex(weekdays, fill_value=0)
