# /// example
# task = """
# Build the `stock` table below and render it as plain text for a log file in `report`: no \
# index column and prices with exactly two decimals, using `DataFrame.to_string`.
#
# ```text
#    sku  price  qty
# 0   A1    9.5    3
# 1  B22   12.0   10
# ```
#
# Wanted `report`:
#
# ```text
# sku  price  qty
#  A1   9.50    3
# B22  12.00   10
# ```"""
# prompt = """
# I write a small stock table to our plain-text log and want it aligned, without the index, and \
# with two decimals on the prices. From `stock`
#
# ```text
#    sku  price  qty
# 0   A1    9.5    3
# 1  B22   12.0   10
# ```
#
# give me the text `report`:
#
# ```text
# sku  price  qty
#  A1   9.50    3
# B22  12.00   10
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'report.splitlines() == ["sku  price  qty", " A1   9.50    3", "B22  12.00   10"]',
#     'stock["price"].tolist() == [9.5, 12.0] and stock["qty"].tolist() == [3, 10]',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'recoding']
# ///
import pandas as pd

stock = pd.DataFrame({"sku": ["A1", "B22"], "price": [9.5, 12.0], "qty": [3, 10]})
# float_format applies to float columns only; the integer qty column is printed as is
report = stock.to_string(index=False, float_format="{:.2f}".format)
