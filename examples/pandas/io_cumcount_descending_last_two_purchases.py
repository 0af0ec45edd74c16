# /// example
# task = """
# Build `purchases` below (rows in date order) and add a boolean column `recent` that is True for \
# each customer's last two purchases (all of them if the customer has fewer) and False otherwise.
#
# ```text
#   customer       date
# 0      ana 2024-01-03
# 1      ben 2024-01-05
# 2      ana 2024-02-10
# 3      ana 2024-03-01
# 4      ben 2024-03-02
# 5      cai 2024-03-05
# 6      ana 2024-04-12
# ```
#
# Wanted `purchases`:
#
# ```text
#   customer       date  recent
# 0      ana 2024-01-03   False
# 1      ben 2024-01-05    True
# 2      ana 2024-02-10   False
# 3      ana 2024-03-01    True
# 4      ben 2024-03-02    True
# 5      cai 2024-03-05    True
# 6      ana 2024-04-12    True
# ```"""
# prompt = """
# In my `purchases` log (sorted by date) I want to flag every customer's two most recent purchases \
# with `recent` = True, everything older False; customers with one purchase just get True:
#
# ```text
#   customer       date
# 0      ana 2024-01-03
# 1      ben 2024-01-05
# 2      ana 2024-02-10
# 3      ana 2024-03-01
# 4      ben 2024-03-02
# 5      cai 2024-03-05
# 6      ana 2024-04-12
# ```
#
# Expected:
#
# ```text
#   customer       date  recent
# 0      ana 2024-01-03   False
# 1      ben 2024-01-05    True
# 2      ana 2024-02-10   False
# 3      ana 2024-03-01    True
# 4      ben 2024-03-02    True
# 5      cai 2024-03-05    True
# 6      ana 2024-04-12    True
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # ana has four purchases: only her last two (rows 3 and 6) are recent
#     'purchases["recent"].tolist() == [False, True, False, True, True, True, True]',
#     'purchases["customer"].tolist() == ["ana", "ben", "ana", "ana", "ben", "cai", "ana"]',
# ]
# difficulty = 'basic'
# tags = ['groupby', 'row-selection']
# ///
import pandas as pd

purchases = pd.DataFrame(
    {
        "customer": ["ana", "ben", "ana", "ana", "ben", "cai", "ana"],
        "date": pd.to_datetime(
            [
                "2024-01-03",
                "2024-01-05",
                "2024-02-10",
                "2024-03-01",
                "2024-03-02",
                "2024-03-05",
                "2024-04-12",
            ]
        ),
    }
)
# ascending=False numbers each customer's rows from the last one (0) backwards
purchases["recent"] = purchases.groupby("customer").cumcount(ascending=False) < 2
