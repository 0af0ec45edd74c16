# /// example
# task = """
# Build the table `tickets` below and count tickets per calendar month of `opened` in `per_month`: \
# a Series indexed by monthly periods from the first to the last month seen, months without \
# tickets included with 0.
#
# ```text
#    id     opened
# 0   1 2024-01-05
# 1   2 2024-01-28
# 2   3 2024-03-02
# 3   4 2024-04-15
# 4   5 2024-04-30
# ```
#
# Wanted `per_month`:
#
# ```text
# 2024-01    2
# 2024-02    0
# 2024-03    1
# 2024-04    2
# Freq: M, Name: count, dtype: int64
# ```"""
# prompt = """
# I want the number of `tickets` opened per month (`per_month`), including months where nothing \
# was opened (0), indexed by month periods like 2024-01:
#
# ```text
#    id     opened
# 0   1 2024-01-05
# 1   2 2024-01-28
# 2   3 2024-03-02
# 3   4 2024-04-15
# 4   5 2024-04-30
# ```
#
# Expected:
#
# ```text
# 2024-01    2
# 2024-02    0
# 2024-03    1
# 2024-04    2
# Freq: M, Name: count, dtype: int64
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(per_month.index.astype(str)) == ["2024-01", "2024-02", "2024-03", "2024-04"]',
#     'per_month.tolist() == [2, 0, 1, 2]',
# ]
# difficulty = 'intermediate'
# tags = ['counting', 'datetime', 'index-alignment']
# ///
import pandas as pd

tickets = pd.DataFrame(
    {
        "id": [1, 2, 3, 4, 5],
        "opened": pd.to_datetime(
            ["2024-01-05", "2024-01-28", "2024-03-02", "2024-04-15", "2024-04-30"]
        ),
    }
)
months = tickets["opened"].dt.to_period("M")
# reindex over the full period range inserts the empty months with 0
full_range = pd.period_range(months.min(), months.max(), freq="M")
per_month = months.value_counts().reindex(full_range, fill_value=0)
