# /// example
# task = """
# Build the two tables below as `customers` and `orders`, combine them on `customer_id` keeping \
# the ids of both sides, and mark where each row came from in a `_merge` column, giving `combined` \
# (sorted by `customer_id`, index 0..n-1).
#
# ```text
# customers:
#    customer_id  name
# 0            1   Ana
# 1            2   Ben
# 2            3  Caro
# 3            4   Dev
#
# orders:
#    customer_id  total
# 0            2   30.0
# 1            4   12.5
# 2            5    8.0
# ```
#
# Wanted `combined`:
#
# ```text
#    customer_id  name  total      _merge
# 0            1   Ana    NaN   left_only
# 1            2   Ben   30.0        both
# 2            3  Caro    NaN   left_only
# 3            4   Dev   12.5        both
# 4            5   NaN    8.0  right_only
# ```"""
# prompt = """
# I want to see which `customers` have `orders` and which orders have no known customer, all in \
# one table `combined` with a `_merge` marker:
#
# ```text
# customers:
#    customer_id  name
# 0            1   Ana
# 1            2   Ben
# 2            3  Caro
# 3            4   Dev
#
# orders:
#    customer_id  total
# 0            2   30.0
# 1            4   12.5
# 2            5    8.0
# ```
#
# The result should look like this:
#
# ```text
#    customer_id  name  total      _merge
# 0            1   Ana    NaN   left_only
# 1            2   Ben   30.0        both
# 2            3  Caro    NaN   left_only
# 3            4   Dev   12.5        both
# 4            5   NaN    8.0  right_only
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'combined["customer_id"].tolist() == [1, 2, 3, 4, 5]',
#     'combined["_merge"].astype(str).tolist() == ["left_only", "both", "left_only", "both", "right_only"]',
#     'np.allclose(combined["total"].to_numpy(dtype=float), [np.nan, 30.0, np.nan, 12.5, 8.0], equal_nan=True)',
#     'combined["name"].iloc[:4].tolist() == ["Ana", "Ben", "Caro", "Dev"] and pd.isna(combined["name"].iloc[4])',
#     'list(combined.index) == [0, 1, 2, 3, 4]',
# ]
# difficulty = 'basic'
# tags = ['merging']
# ///
import pandas as pd

customers = pd.DataFrame({"customer_id": [1, 2, 3, 4], "name": ["Ana", "Ben", "Caro", "Dev"]})
orders = pd.DataFrame({"customer_id": [2, 4, 5], "total": [30.0, 12.5, 8.0]})
# how="outer" keeps unmatched ids of both tables; indicator=True adds the `_merge` column
combined = customers.merge(orders, on="customer_id", how="outer", indicator=True)
combined = combined.sort_values("customer_id", ignore_index=True)
