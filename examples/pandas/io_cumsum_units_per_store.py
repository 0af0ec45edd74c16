# /// example
# task = """
# Build the table below as `daily` and add a column `running_units`: the running total of `units` \
# within each `store`, in day order, keeping the rows where they are.
#
# ```text
#   store  day  units
# 0     A    1      5
# 1     B    1      3
# 2     A    2      2
# 3     B    2      4
# 4     A    3      6
# ```
#
# Wanted `daily`:
#
# ```text
#   store  day  units  running_units
# 0     A    1      5              5
# 1     B    1      3              3
# 2     A    2      2              7
# 3     B    2      4              7
# 4     A    3      6             13
# ```"""
# prompt = """
# Here's my data (`daily`):
#
# ```text
#   store  day  units
# 0     A    1      5
# 1     B    1      3
# 2     A    2      2
# 3     B    2      4
# 4     A    3      6
# ```
#
# I'd like a `running_units` column that keeps a separate running total for each store:
#
# ```text
#   store  day  units  running_units
# 0     A    1      5              5
# 1     B    1      3              3
# 2     A    2      2              7
# 3     B    2      4              7
# 4     A    3      6             13
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'daily["running_units"].tolist() == [5, 3, 7, 7, 13]',
#     'daily["store"].tolist() == ["A", "B", "A", "B", "A"] and daily["units"].tolist() == [5, 3, 2, 4, 6]',
#     'daily["day"].tolist() == [1, 1, 2, 2, 3]',
#     'list(daily.index) == [0, 1, 2, 3, 4]',
# ]
# difficulty = 'basic'
# tags = ['groupby', 'derived-columns']
# ///
import pandas as pd

daily = pd.DataFrame(
    {
        "store": ["A", "B", "A", "B", "A"],
        "day": [1, 1, 2, 2, 3],
        "units": [5, 3, 2, 4, 6],
    }
)
# cumsum after groupby restarts the total for each store and keeps the original row order
daily["running_units"] = daily.groupby("store")["units"].cumsum()
