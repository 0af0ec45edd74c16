# /// example
# task = """
# Build the `prices` table below and write the customer-facing CSV text `csv_out`: only the \
# `sku` and `price` columns, with the header names `SKU` and `Unit price`, and no index. Do it \
# in the `to_csv` call, without changing `prices`.
#
# ```text
#   sku  price  internal_cost
# 0  A1    9.5            4.0
# 1  B2   12.0            7.0
# ```
#
# Wanted `csv_out`:
#
# ```text
# SKU,Unit price
# A1,9.5
# B2,12.0
# ```"""
# prompt = """
# I publish a price list from my `prices` table, but customers must not see `internal_cost`, and \
# the headers should read `SKU` and `Unit price`:
#
# ```text
#   sku  price  internal_cost
# 0  A1    9.5            4.0
# 1  B2   12.0            7.0
# ```
#
# Give me the CSV text as `csv_out`, leaving `prices` itself as it is:
#
# ```text
# SKU,Unit price
# A1,9.5
# B2,12.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'csv_out.splitlines() == ["SKU,Unit price", "A1,9.5", "B2,12.0"]',
#     'list(prices.columns) == ["sku", "price", "internal_cost"]',
# ]
# difficulty = 'basic'
# tags = ['file-io']
# ///
import pandas as pd

prices = pd.DataFrame({"sku": ["A1", "B2"], "price": [9.5, 12.0], "internal_cost": [4.0, 7.0]})
# columns picks what is written; header gives their names in the file, in the same order
csv_out = prices.to_csv(columns=["sku", "price"], header=["SKU", "Unit price"], index=False)
