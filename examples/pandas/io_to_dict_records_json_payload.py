# /// example
# task = """
# Build the `basket` table below and turn it into `payload`, a list with one dict per row \
# (keys `sku`, `qty`, `price`) in row order, the shape a JSON web API expects; also store the \
# JSON text of the same records in `payload_json`.
#
# ```text
#      sku  qty  price
# 0  A-100    2   9.99
# 1  B-220    1  24.50
# 2  C-005    5   1.25
# ```
#
# Wanted `payload`:
#
# ```text
# [{'sku': 'A-100', 'qty': 2, 'price': 9.99},
#  {'sku': 'B-220', 'qty': 1, 'price': 24.5},
#  {'sku': 'C-005', 'qty': 5, 'price': 1.25}]
# ```"""
# prompt = """
# I need to post my `basket` DataFrame to a web API that wants a list of objects, one per row:
#
# ```text
#      sku  qty  price
# 0  A-100    2   9.99
# 1  B-220    1  24.50
# 2  C-005    5   1.25
# ```
#
# Give me that list of dicts as `payload` and the JSON string of it as `payload_json`:
#
# ```text
# [{'sku': 'A-100', 'qty': 2, 'price': 9.99},
#  {'sku': 'B-220', 'qty': 1, 'price': 24.5},
#  {'sku': 'C-005', 'qty': 5, 'price': 1.25}]
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'payload == [{"sku": "A-100", "qty": 2, "price": 9.99}, {"sku": "B-220", "qty": 1, "price": 24.5}, {"sku": "C-005", "qty": 5, "price": 1.25}]',
#     '__import__("json").loads(payload_json) == payload',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'nested-data']
# ///
import pandas as pd

basket = pd.DataFrame(
    {"sku": ["A-100", "B-220", "C-005"], "qty": [2, 1, 5], "price": [9.99, 24.50, 1.25]}
)
# orient="records" gives one {column: value} dict per row, without the index
payload = basket.to_dict(orient="records")
payload_json = basket.to_json(orient="records")
