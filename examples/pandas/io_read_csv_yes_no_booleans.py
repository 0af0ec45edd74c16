# /// example
# task = """
# An order export writes its flags as `yes`/`no` and `Y`/`N`. Store the CSV text below in \
# `csv_text`, read it into `orders` with `paid` and `shipped` as boolean columns, and store in \
# `to_ship` the list of `order_id`s that are paid but not shipped.
#
# ```text
# order_id,paid,shipped
# 1,yes,Y
# 2,no,N
# 3,yes,N
# 4,yes,Y
# 5,no,N
# 6,yes,N
# ```
#
# Wanted:
#
# ```text
#    order_id   paid  shipped
# 0         1   True     True
# 1         2  False    False
# 2         3   True    False
# 3         4   True     True
# 4         5  False    False
# 5         6   True    False
#
# to_ship = [3, 6]
# ```"""
# prompt = """
# Our shop exports order flags as text, `yes`/`no` for payment and `Y`/`N` for shipping:
#
# ```text
# order_id,paid,shipped
# 1,yes,Y
# 2,no,N
# 3,yes,N
# 4,yes,Y
# 5,no,N
# 6,yes,N
# ```
#
# Keep that text in `csv_text` and load it as `orders` with real True/False columns, then give \
# me the `order_id`s that are paid but not shipped yet as a list `to_ship`:
#
# ```text
#    order_id   paid  shipped
# 0         1   True     True
# 1         2  False    False
# 2         3   True    False
# 3         4   True     True
# 4         5  False    False
# 5         6   True    False
#
# to_ship = [3, 6]
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'orders["paid"].dtype.kind == "b" and orders["shipped"].dtype.kind == "b"',
#     'orders["paid"].tolist() == [True, False, True, True, False, True]',
#     'orders["shipped"].tolist() == [True, False, False, True, False, False]',
#     'list(to_ship) == [3, 6]',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'parsing', 'data-types']
# ///
import io

import pandas as pd

csv_text = """order_id,paid,shipped
1,yes,Y
2,no,N
3,yes,N
4,yes,Y
5,no,N
6,yes,N
"""
# a column whose every value is in true_values or false_values is parsed as bool
orders = pd.read_csv(io.StringIO(csv_text), true_values=["yes", "Y"], false_values=["no", "N"])
to_ship = orders.loc[orders["paid"] & ~orders["shipped"], "order_id"].tolist()
