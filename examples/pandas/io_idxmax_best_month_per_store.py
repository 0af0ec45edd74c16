# /// example
# task = """
# Build the table `sales` below (one row per store, one column per month) and add two columns: \
# `best_month`, the name of the month column with the highest sales in that row, and `best_sales`, \
# that highest value.
#
# ```text
#   store  jan  feb  mar
# 0    s1  120  110  150
# 1    s2   80  130  100
# 2    s3   95   90   70
# ```
#
# Wanted `sales`:
#
# ```text
#   store  jan  feb  mar best_month  best_sales
# 0    s1  120  110  150        mar         150
# 1    s2   80  130  100        feb         130
# 2    s3   95   90   70        jan          95
# ```"""
# prompt = """
# For each store in `sales` I want to know which month sold most (`best_month`, the column name) \
# and how much that was (`best_sales`):
#
# ```text
#   store  jan  feb  mar
# 0    s1  120  110  150
# 1    s2   80  130  100
# 2    s3   95   90   70
# ```
#
# Expected:
#
# ```text
#   store  jan  feb  mar best_month  best_sales
# 0    s1  120  110  150        mar         150
# 1    s2   80  130  100        feb         130
# 2    s3   95   90   70        jan          95
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'sales["best_month"].tolist() == ["mar", "feb", "jan"]',
#     'sales["best_sales"].tolist() == [150, 130, 95]',
#     'sales["store"].tolist() == ["s1", "s2", "s3"]',
# ]
# difficulty = 'intermediate'
# tags = ['sorting', 'column-wise']
# ///
import pandas as pd

sales = pd.DataFrame(
    {
        "store": ["s1", "s2", "s3"],
        "jan": [120, 80, 95],
        "feb": [110, 130, 90],
        "mar": [150, 100, 70],
    }
)
months = sales[["jan", "feb", "mar"]]
# idxmax(axis=1) returns the column label of each row's maximum
sales["best_month"] = months.idxmax(axis=1)
sales["best_sales"] = months.max(axis=1)
