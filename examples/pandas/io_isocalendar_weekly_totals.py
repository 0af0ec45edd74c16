# /// example
# task = """
# Build the sales table below as `sales` (`date` as datetime) and total `amount` per ISO week \
# into `weekly`: a Series indexed by ISO (`year`, `week`), so 2024-12-30 belongs to week 1 of \
# 2025 and the Sunday 2024-12-29 still to week 52 of 2024.
#
# ```text
#         date  amount
# 0 2024-12-27   120.0
# 1 2024-12-29    80.0
# 2 2024-12-30    50.0
# 3 2025-01-02    70.0
# 4 2025-01-05    30.0
# 5 2025-01-06    90.0
# ```
#
# Wanted `weekly`:
#
# ```text
# year  week
# 2024  52      200.0
# 2025  1       150.0
#       2        90.0
# ```"""
# prompt = """
# Our reports use ISO weeks (Monday start, and the week containing the first Thursday is week 1 \
# of the new year). For these `sales`
#
# ```text
#         date  amount
# 0 2024-12-27   120.0
# 1 2024-12-29    80.0
# 2 2024-12-30    50.0
# 3 2025-01-02    70.0
# 4 2025-01-05    30.0
# 5 2025-01-06    90.0
# ```
#
# I want the weekly totals `weekly`, indexed by ISO `year` and `week`:
#
# ```text
# year  week
# 2024  52      200.0
# 2025  1       150.0
#       2        90.0
# ```
#
# Grouping by calendar year puts 2024-12-30 in the wrong year."""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(weekly.index) == [(2024, 52), (2025, 1), (2025, 2)]',
#     'list(weekly.index.names) == ["year", "week"]',
#     'np.allclose(weekly.to_numpy(dtype=float), [200.0, 150.0, 90.0])',
# ]
# difficulty = 'intermediate'
# tags = ['datetime', 'groupby', 'aggregation']
# ///
import pandas as pd

sales = pd.DataFrame(
    {
        "date": pd.to_datetime(
            ["2024-12-27", "2024-12-29", "2024-12-30", "2025-01-02", "2025-01-05", "2025-01-06"]
        ),
        "amount": [120.0, 80.0, 50.0, 70.0, 30.0, 90.0],
    }
)
# isocalendar gives the ISO year, week and day: the ISO year differs from the calendar year
# around New Year
iso = sales["date"].dt.isocalendar()
weekly = sales.groupby([iso["year"], iso["week"]])["amount"].sum()
