# /// example
# task = """
# Build the order log `orders` below (rows in date order) and keep, in `second`, each customer's \
# second order row; customers with a single order do not appear. Keep the original row labels.
#
# ```text
#   customer        date  amount
# 0      ana  2024-01-02    20.0
# 1       bo  2024-01-03    35.0
# 2      ana  2024-01-09    12.5
# 3       cy  2024-01-10    50.0
# 4       bo  2024-01-15    18.0
# 5      ana  2024-01-20    40.0
# ```
#
# Wanted `second`:
#
# ```text
#   customer        date  amount
# 2      ana  2024-01-09    12.5
# 4       bo  2024-01-15    18.0
# ```"""
# prompt = """
# To study repeat buying I want the second order of every customer from `orders` (rows are in date \
# order), in `second`; one-time buyers should just be absent. Keep the original index:
#
# ```text
#   customer        date  amount
# 0      ana  2024-01-02    20.0
# 1       bo  2024-01-03    35.0
# 2      ana  2024-01-09    12.5
# 3       cy  2024-01-10    50.0
# 4       bo  2024-01-15    18.0
# 5      ana  2024-01-20    40.0
# ```
#
# Expected:
#
# ```text
#   customer        date  amount
# 2      ana  2024-01-09    12.5
# 4       bo  2024-01-15    18.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(second.index) == [2, 4]',
#     'second["customer"].tolist() == ["ana", "bo"] and np.allclose(second["amount"].to_numpy(dtype=float), [12.5, 18.0])',
#     'list(second.columns) == ["customer", "date", "amount"]',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'row-selection']
# ///
import pandas as pd

orders = pd.DataFrame(
    {
        "customer": ["ana", "bo", "ana", "cy", "bo", "ana"],
        "date": [
            "2024-01-02",
            "2024-01-03",
            "2024-01-09",
            "2024-01-10",
            "2024-01-15",
            "2024-01-20",
        ],
        "amount": [20.0, 35.0, 12.5, 50.0, 18.0, 40.0],
    }
)
# nth(1) is the second row of each group (0-based) and skips groups that are too short
second = orders.groupby("customer").nth(1)
