# /// example
# task = """
# Build the table `orders` below (dates in order within each customer) and add `days_since`: the \
# number of days since the same customer's previous order, NaN for a customer's first order.
#
# ```text
#   customer       date
# 0      ana 2024-02-01
# 1       bo 2024-02-03
# 2      ana 2024-02-11
# 3      ana 2024-03-02
# 4       bo 2024-03-04
# ```
#
# Wanted `orders`:
#
# ```text
#   customer       date  days_since
# 0      ana 2024-02-01         NaN
# 1       bo 2024-02-03         NaN
# 2      ana 2024-02-11        10.0
# 3      ana 2024-03-02        20.0
# 4       bo 2024-03-04        30.0
# ```"""
# prompt = """
# For churn analysis I need, for every row of `orders`, how many days passed since that customer's \
# previous order (`days_since`), with NaN on each customer's first order:
#
# ```text
#   customer       date
# 0      ana 2024-02-01
# 1       bo 2024-02-03
# 2      ana 2024-02-11
# 3      ana 2024-03-02
# 4       bo 2024-03-04
# ```
#
# Expected:
#
# ```text
#   customer       date  days_since
# 0      ana 2024-02-01         NaN
# 1       bo 2024-02-03         NaN
# 2      ana 2024-02-11        10.0
# 3      ana 2024-03-02        20.0
# 4       bo 2024-03-04        30.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(orders["days_since"].to_numpy(dtype=float), [np.nan, np.nan, 10.0, 20.0, 30.0], equal_nan=True)',
#     'orders["customer"].tolist() == ["ana", "bo", "ana", "ana", "bo"]',
# ]
# difficulty = 'intermediate'
# tags = ['lags', 'datetime', 'groupby']
# ///
import pandas as pd

orders = pd.DataFrame(
    {
        "customer": ["ana", "bo", "ana", "ana", "bo"],
        "date": pd.to_datetime(
            ["2024-02-01", "2024-02-03", "2024-02-11", "2024-03-02", "2024-03-04"]
        ),
    }
)
# diff of datetimes gives Timedeltas; .dt.days turns them into day counts (NaN stays NaN)
orders["days_since"] = orders.groupby("customer")["date"].diff().dt.days
