# /// example
# task = """
# This code should flatten the nested order records into `items`, one row per item with its \
# `order_id` and the customer's name as `customer.name`, but it raises an error because the \
# second order has no `customer`:
#
# ```python
# import pandas as pd
#
# records = [
#     {"order_id": 1, "customer": {"name": "Ana"}, "items": [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1}]},
#     {"order_id": 2, "items": [{"sku": "C", "qty": 5}]},
# ]
# items = pd.json_normalize(records, record_path="items", meta=["order_id", ["customer", "name"]])
# ```
#
# ```text
# KeyError: "Key 'customer' not found. To replace missing values of 'customer' with np.nan, pass in errors='ignore'"
# ```
#
# Fix it: `items` should have the columns `sku`, `qty`, `order_id`, `customer.name`, with the \
# name missing for order 2."""
# prompt = """
# I'm flattening order JSON with `json_normalize`, one row per item plus the order id and the \
# customer name:
#
# ```python
# import pandas as pd
#
# records = [
#     {"order_id": 1, "customer": {"name": "Ana"}, "items": [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1}]},
#     {"order_id": 2, "items": [{"sku": "C", "qty": 5}]},
# ]
# items = pd.json_normalize(records, record_path="items", meta=["order_id", ["customer", "name"]])
# ```
#
# Guest orders have no customer, and I get
#
# ```text
# KeyError: "Key 'customer' not found. To replace missing values of 'customer' with np.nan, pass in errors='ignore'"
# ```
#
# I just want `customer.name` to be missing for those rows; `items` should have `sku`, `qty`, \
# `order_id` and `customer.name`."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(items.columns) == ["sku", "qty", "order_id", "customer.name"]',
#     'items["sku"].tolist() == ["A", "B", "C"] and items["qty"].tolist() == [2, 1, 5]',
#     'items["order_id"].astype(int).tolist() == [1, 1, 2]',
#     '[v if isinstance(v, str) else None for v in items["customer.name"]] == ["Ana", "Ana", None]',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'nested-data', 'missing-data']
# ///
import pandas as pd

records = [
    {
        "order_id": 1,
        "customer": {"name": "Ana"},
        "items": [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1}],
    },
    {"order_id": 2, "items": [{"sku": "C", "qty": 5}]},
]
# errors="ignore" fills a meta field missing from a record with NaN instead of raising
items = pd.json_normalize(
    records, record_path="items", meta=["order_id", ["customer", "name"]], errors="ignore"
)
