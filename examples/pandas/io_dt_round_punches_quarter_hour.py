# /// example
# task = """
# Build the time-clock punches below as `punches` and add `rounded`: each `clock` time rounded \
# to the nearest quarter hour (payroll rounding).
#
# ```text
#   employee               clock
# 0      kim 2024-06-03 08:53:00
# 1      kim 2024-06-03 17:08:00
# 2      lou 2024-06-03 09:07:29
# 3      lou 2024-06-03 16:52:31
# ```
#
# Wanted `punches`:
#
# ```text
#   employee               clock             rounded
# 0      kim 2024-06-03 08:53:00 2024-06-03 09:00:00
# 1      kim 2024-06-03 17:08:00 2024-06-03 17:15:00
# 2      lou 2024-06-03 09:07:29 2024-06-03 09:00:00
# 3      lou 2024-06-03 16:52:31 2024-06-03 17:00:00
# ```"""
# prompt = """
# Payroll rounds every clock-in and clock-out to the nearest 15 minutes. For my `punches`
#
# ```text
#   employee               clock
# 0      kim 2024-06-03 08:53:00
# 1      kim 2024-06-03 17:08:00
# 2      lou 2024-06-03 09:07:29
# 3      lou 2024-06-03 16:52:31
# ```
#
# I need a `rounded` column:
#
# ```text
#   employee               clock             rounded
# 0      kim 2024-06-03 08:53:00 2024-06-03 09:00:00
# 1      kim 2024-06-03 17:08:00 2024-06-03 17:15:00
# 2      lou 2024-06-03 09:07:29 2024-06-03 09:00:00
# 3      lou 2024-06-03 16:52:31 2024-06-03 17:00:00
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(punches["rounded"]) == [pd.Timestamp("2024-06-03 09:00"), pd.Timestamp("2024-06-03 17:15"), pd.Timestamp("2024-06-03 09:00"), pd.Timestamp("2024-06-03 17:00")]',
#     'punches["employee"].tolist() == ["kim", "kim", "lou", "lou"]',
# ]
# difficulty = 'basic'
# tags = ['datetime', 'derived-columns']
# ///
import pandas as pd

punches = pd.DataFrame(
    {
        "employee": ["kim", "kim", "lou", "lou"],
        "clock": pd.to_datetime(
            [
                "2024-06-03 08:53:00",
                "2024-06-03 17:08:00",
                "2024-06-03 09:07:29",
                "2024-06-03 16:52:31",
            ]
        ),
    }
)
# round goes to the nearest multiple of the frequency; floor and ceil would always go down or up
punches["rounded"] = punches["clock"].dt.round("15min")
