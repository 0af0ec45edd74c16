# /// example
# task = """
# For the quarters given below, build a DataFrame `calendar` with one row per quarter and the \
# columns `quarter` (text like "2024Q1"), `first_day` and `last_day` (dates at midnight) and \
# `days` (the number of days in the quarter).
#
# ```text
# from: 2024Q1
# to:   2024Q4
# ```
#
# Wanted `calendar`:
#
# ```text
#   quarter  first_day   last_day  days
# 0  2024Q1 2024-01-01 2024-03-31    91
# 1  2024Q2 2024-04-01 2024-06-30    91
# 2  2024Q3 2024-07-01 2024-09-30    92
# 3  2024Q4 2024-10-01 2024-12-31    92
# ```"""
# prompt = """
# I need a small quarter calendar for 2024: for each quarter the label ("2024Q1" ...), its first \
# and last day (as dates) and how many days it has, as `calendar`:
#
# ```text
# from: 2024Q1
# to:   2024Q4
# ```
#
# Expected:
#
# ```text
#   quarter  first_day   last_day  days
# 0  2024Q1 2024-01-01 2024-03-31    91
# 1  2024Q2 2024-04-01 2024-06-30    91
# 2  2024Q3 2024-07-01 2024-09-30    92
# 3  2024Q4 2024-10-01 2024-12-31    92
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # 2024 is a leap year, so the first quarter has 91 days
#     'calendar["quarter"].tolist() == ["2024Q1", "2024Q2", "2024Q3", "2024Q4"] and calendar["days"].tolist() == [91, 91, 92, 92]',
#     '[str(pd.Timestamp(day).date()) for day in calendar["last_day"]] == ["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"] and all(pd.Timestamp(day) == pd.Timestamp(day).normalize() for day in calendar["last_day"])',
#     '[str(pd.Timestamp(day).date()) for day in calendar["first_day"]] == ["2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01"]',
# ]
# difficulty = 'basic'
# tags = ['datetime']
# ///
import pandas as pd

quarters = pd.period_range("2024Q1", "2024Q4", freq="Q")
# start_time/end_time give each period's first and last instant; normalize() drops the time part
calendar = pd.DataFrame(
    {
        "quarter": quarters.astype(str),
        "first_day": quarters.start_time,
        "last_day": quarters.end_time.normalize(),
        "days": (quarters.end_time.normalize() - quarters.start_time).days + 1,
    }
)
