# /// example
# task = '''
# Write a function `invalid_orders` with the signature and docstring below. Also store in
# `missing_error` the message raised for a frame that has only an `order_id` column (it reads
# "missing columns: quantity, unit_price").
#
# ```python
# def invalid_orders(orders):
#     """Rows of `orders` that break a business rule, with the reason.
#
#     Rules, checked in this order: `quantity` must be > 0, `unit_price` must be
#     present and > 0, and `order_id` must be unique (every row of a repeated id
#     is invalid). Returns the offending rows (original index and order, all
#     columns) plus a column `reason` naming the first rule each row breaks:
#     "quantity", "unit_price" or "duplicate id". When every row passes the
#     result is empty but has the same columns plus `reason`. Raises
#     ValueError("missing columns: ...") listing the absent required columns,
#     sorted and joined by ", ".
#     """
# ```'''
# prompt = """
# Can you write me a validator `invalid_orders(orders)` for my order tables? A row is bad if \
# `quantity` is not > 0, if `unit_price` is missing or not > 0, or if its `order_id` appears more \
# than once (all copies are bad). It should return the bad rows (original index, all columns) with \
# a `reason` column holding the first broken rule: `"quantity"`, `"unit_price"` or \
# `"duplicate id"`, and an empty frame with the same columns when everything is fine. If a \
# required column is missing it should raise `ValueError("missing columns: ...")` with the missing \
# names sorted and joined by ", ". Show the message for a frame with only `order_id` in \
# `missing_error` (it should read `missing columns: quantity, unit_price`)."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = {}
# checks = [
#     'invalid_orders(pd.DataFrame({"order_id": [1, 2, 3], "quantity": [2, 0, 5], "unit_price": [9.5, 3.0, np.nan]}))["reason"].tolist() == ["quantity", "unit_price"]',
#     'list(invalid_orders(pd.DataFrame({"order_id": [1, 2, 3], "quantity": [2, 0, 5], "unit_price": [9.5, 3.0, np.nan]})).index) == [1, 2]',
#     'invalid_orders(pd.DataFrame({"order_id": [7, 8, 7], "quantity": [1, 1, -2], "unit_price": [1.0, 2.0, 3.0]}, index=[10, 11, 12]))["reason"].to_dict() == {10: "duplicate id", 12: "quantity"}',
#     'invalid_orders(pd.DataFrame({"order_id": [4, 5], "quantity": [1, 3], "unit_price": [0.0, 2.0], "note": ["x", "y"]}))[["note", "reason"]].to_dict("list") == {"note": ["x"], "reason": ["unit_price"]}',
#     'invalid_orders(pd.DataFrame({"order_id": [1], "quantity": [3], "unit_price": [2.0]})).empty',
#     'set(invalid_orders(pd.DataFrame({"order_id": [1], "quantity": [3], "unit_price": [2.0]})).columns) == {"order_id", "quantity", "unit_price", "reason"}',
#     'missing_error == "missing columns: quantity, unit_price"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'data-cleaning', 'validation', 'row-selection']
# ///
import numpy as np
import pandas as pd


def invalid_orders(orders):
    """Rows of `orders` that break a business rule, with the reason.

    Rules, checked in this order: `quantity` must be > 0, `unit_price` must be
    present and > 0, and `order_id` must be unique (every row of a repeated id
    is invalid). Returns the offending rows (original index and order, all
    columns) plus a column `reason` naming the first rule each row breaks:
    "quantity", "unit_price" or "duplicate id". When every row passes the
    result is empty but has the same columns plus `reason`. Raises
    ValueError("missing columns: ...") listing the absent required columns,
    sorted and joined by ", ".
    """
    missing = sorted({"order_id", "quantity", "unit_price"} - set(orders.columns))
    if missing:
        raise ValueError(f"missing columns: {', '.join(missing)}")
    # NaN compares False, so `~(price > 0)` also flags missing prices
    rules = [
        ~(orders["quantity"] > 0),
        ~(orders["unit_price"] > 0),
        orders["order_id"].duplicated(keep=False),
    ]
    reason = np.select(rules, ["quantity", "unit_price", "duplicate id"], default="")
    is_bad = reason != ""
    return orders[is_bad].assign(reason=reason[is_bad])


try:
    invalid_orders(pd.DataFrame({"order_id": [1, 2]}))
except ValueError as error:
    missing_error = str(error)
