# /// example
# task = """
# Salaries are paid on the last business day (Monday to Friday) of each month. For the period \
# below, store a Series `paydays` indexed by month with the payday of each month as a Timestamp.
#
# ```text
# start: 2024-01-01
# end:   2024-06-30
# ```
#
# Wanted `paydays`:
#
# ```text
# 2024-01   2024-01-31
# 2024-02   2024-02-29
# 2024-03   2024-03-29
# 2024-04   2024-04-30
# 2024-05   2024-05-31
# 2024-06   2024-06-28
# ```"""
# prompt = """
# We pay on the last weekday (Mon-Fri, no holidays) of every month. Can you give me `paydays` for \
# this period, one Timestamp per month, indexed by the month?
#
# ```text
# start: 2024-01-01
# end:   2024-06-30
# ```
#
# It should look like:
#
# ```text
# 2024-01   2024-01-31
# 2024-02   2024-02-29
# 2024-03   2024-03-29
# 2024-04   2024-04-30
# 2024-05   2024-05-31
# 2024-06   2024-06-28
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     '[str(pd.Timestamp(day).date()) for day in paydays] == ["2024-01-31", "2024-02-29", "2024-03-29", "2024-04-30", "2024-05-31", "2024-06-28"]',
#     '[str(month) for month in paydays.index] == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]',
# ]
# difficulty = 'intermediate'
# tags = ['datetime', 'groupby']
# ///
import pandas as pd

business_days = pd.bdate_range("2024-01-01", "2024-06-30")
# the latest business day within each calendar month is that month's payday
paydays = business_days.to_series().groupby(business_days.to_period("M")).max()
