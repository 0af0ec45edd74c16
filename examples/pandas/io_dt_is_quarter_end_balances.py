# /// example
# task = """
# Build `balances` below and keep only the rows dated on the last calendar day of a quarter (31 \
# March, 30 June, 30 September, 31 December); store them, with their original index, in \
# `quarter_end`.
#
# ```text
#         date  balance
# 0 2024-03-29   1200.0
# 1 2024-03-31   1250.0
# 2 2024-04-30   1190.0
# 3 2024-06-30   1400.0
# 4 2024-07-01   1380.0
# 5 2024-09-30   1510.0
# ```
#
# Wanted `quarter_end`:
#
# ```text
#         date  balance
# 1 2024-03-31   1250.0
# 3 2024-06-30   1400.0
# 5 2024-09-30   1510.0
# ```"""
# prompt = """
# For the quarterly report I only want the `balances` rows that fall on a quarter's last calendar \
# day (31 March, 30 June, 30 September, 31 December), original index kept, as `quarter_end`:
#
# ```text
#         date  balance
# 0 2024-03-29   1200.0
# 1 2024-03-31   1250.0
# 2 2024-04-30   1190.0
# 3 2024-06-30   1400.0
# 4 2024-07-01   1380.0
# 5 2024-09-30   1510.0
# ```
#
# Expected:
#
# ```text
#         date  balance
# 1 2024-03-31   1250.0
# 3 2024-06-30   1400.0
# 5 2024-09-30   1510.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # 29 March (the last business day) and 30 April (a month end) are not quarter ends
#     'quarter_end.index.tolist() == [1, 3, 5]',
#     'np.allclose(quarter_end["balance"].to_numpy(dtype=float), [1250.0, 1400.0, 1510.0])',
# ]
# difficulty = 'basic'
# tags = ['datetime', 'row-selection']
# ///
import pandas as pd

balances = pd.DataFrame(
    {
        "date": pd.to_datetime(
            ["2024-03-29", "2024-03-31", "2024-04-30", "2024-06-30", "2024-07-01", "2024-09-30"]
        ),
        "balance": [1200.0, 1250.0, 1190.0, 1400.0, 1380.0, 1510.0],
    }
)
# is_quarter_end is True only on the last calendar day of March, June, September, December
quarter_end = balances[balances["date"].dt.is_quarter_end]
