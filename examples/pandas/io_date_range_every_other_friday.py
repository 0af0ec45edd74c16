# /// example
# task = """
# Staff are paid every other Friday. Build a DatetimeIndex `paydates` with all paydays from the \
# first one up to the last possible date given below.
#
# ```text
# first payday: 2024-01-05 (a Friday)
# last possible date: 2024-03-31
# ```
#
# Wanted `paydates`:
#
# ```text
# 2024-01-05  Friday
# 2024-01-19  Friday
# 2024-02-02  Friday
# 2024-02-16  Friday
# 2024-03-01  Friday
# 2024-03-15  Friday
# 2024-03-29  Friday
# ```"""
# prompt = """
# We pay every second Friday. I need all the paydays in this window as a DatetimeIndex `paydates`:
#
# ```text
# first payday: 2024-01-05 (a Friday)
# last possible date: 2024-03-31
# ```
#
# Expected:
#
# ```text
# 2024-01-05  Friday
# 2024-01-19  Friday
# 2024-02-02  Friday
# 2024-02-16  Friday
# 2024-03-01  Friday
# 2024-03-15  Friday
# 2024-03-29  Friday
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     '[str(day.date()) for day in paydates] == ["2024-01-05", "2024-01-19", "2024-02-02", "2024-02-16", "2024-03-01", "2024-03-15", "2024-03-29"]',
#     'isinstance(paydates, pd.DatetimeIndex)',
# ]
# difficulty = 'basic'
# tags = ['datetime']
# ///
import pandas as pd

# "2W-FRI" steps two weeks at a time, anchored on Fridays
paydates = pd.date_range("2024-01-05", "2024-03-31", freq="2W-FRI")
