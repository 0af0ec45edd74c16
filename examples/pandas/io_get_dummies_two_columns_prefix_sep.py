# /// example
# task = """
# Build `items` below and one-hot encode its `color` and `size` columns (leave `sku` as it is) \
# into 0/1 integer columns named like `color=red`; store the table in `encoded`.
#
# ```text
#   sku  color size
# 0  T1    red    M
# 1  T2   blue    L
# 2  T3    red    S
# 3  T4  green    M
# ```
#
# Wanted `encoded`:
#
# ```text
#   sku  color=blue  color=green  color=red  size=L  size=M  size=S
# 0  T1           0            0          1       0       1       0
# 1  T2           1            0          0       1       0       0
# 2  T3           0            0          1       0       0       1
# 3  T4           0            1          0       0       1       0
# ```"""
# prompt = """
# I need 0/1 indicator columns for `color` and `size` of my `items` table, named `color=blue`, \
# `size=M` and so on, with `sku` kept untouched, as `encoded`:
#
# ```text
#   sku  color size
# 0  T1    red    M
# 1  T2   blue    L
# 2  T3    red    S
# 3  T4  green    M
# ```
#
# Expected:
#
# ```text
#   sku  color=blue  color=green  color=red  size=L  size=M  size=S
# 0  T1           0            0          1       0       1       0
# 1  T2           1            0          0       1       0       0
# 2  T3           0            0          1       0       0       1
# 3  T4           0            1          0       0       1       0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(encoded.columns) == ["sku", "color=blue", "color=green", "color=red", "size=L", "size=M", "size=S"]',
#     'encoded.drop(columns="sku").astype(int).to_numpy().tolist() == [[0, 0, 1, 0, 1, 0], [1, 0, 0, 1, 0, 0], [0, 0, 1, 0, 0, 1], [0, 1, 0, 0, 1, 0]]',
#     'encoded["sku"].tolist() == ["T1", "T2", "T3", "T4"] and all(pd.api.types.is_integer_dtype(encoded[c]) for c in encoded.columns[1:])',
# ]
# difficulty = 'basic'
# tags = ['encoding']
# ///
import pandas as pd

items = pd.DataFrame(
    {
        "sku": ["T1", "T2", "T3", "T4"],
        "color": ["red", "blue", "red", "green"],
        "size": ["M", "L", "S", "M"],
    }
)
# only the listed columns are encoded; prefix_sep joins column name and value as "color=red"
encoded = pd.get_dummies(items, columns=["color", "size"], prefix_sep="=", dtype=int)
