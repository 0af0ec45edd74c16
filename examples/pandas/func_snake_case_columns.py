# /// example
# task = '''
# Write a function `snake_case_columns` with the signature and docstring below, then apply it to
# the wide sales table `store_sales` (columns `store`, `2024-01`, ..., `2024-12`) and store the
# result in `sales_clean`. Store in `clash_error` the message raised for a frame with the columns
# "Net Sales", "net_sales", "Tax" and "TAX ", which reads
# "duplicate column names after cleaning: net_sales, tax".
#
# ```python
# def snake_case_columns(df):
#     """Return a copy of df with snake_case column names.
#
#     Each name is converted to str, stripped and lower-cased; every run of
#     characters other than a-z and 0-9 becomes a single "_", and leading or
#     trailing "_" are removed ("  Unit Price ($) " -> "unit_price").
#     The data and index are unchanged and df itself is not modified. Raises
#     ValueError("duplicate column names after cleaning: ...") listing the
#     clashing cleaned names, sorted and joined by ", ".
#     """
# ```'''
# prompt = """
# Column names from our exports are a mess (spaces, capitals, symbols). Please write \
# `snake_case_columns(df)` that returns a copy with each name stripped, lower-cased, every run of \
# characters that are not a-z or 0-9 turned into one `_` and no `_` at either end, so \
# `"  Unit Price ($) "` becomes `"unit_price"`. Data, index and the original frame stay as they \
# are. If two names end up the same, raise \
# `ValueError("duplicate column names after cleaning: ...")` with the clashing cleaned names \
# sorted and joined by ", ". Run it on my `store_sales` table (`store` plus one column per month \
# like `2024-01`) and keep the result in `sales_clean`; put the error message you get for the \
# columns "Net Sales", "net_sales", "Tax" and "TAX " in `clash_error` (it should be \
# "duplicate column names after cleaning: net_sales, tax")."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { store_sales = 'store_sales' }
# checks = [
#     'list(snake_case_columns(pd.DataFrame({"  Unit Price ($) ": [1.5], "Order-ID": [7], "qty": [2]})).columns) == ["unit_price", "order_id", "qty"]',
#     'snake_case_columns(pd.DataFrame({"A  B": [1, 2], "__c__": [3, 4]}, index=["x", "y"])).equals(pd.DataFrame({"a_b": [1, 2], "c": [3, 4]}, index=["x", "y"]))',
#     'list(snake_case_columns(pd.DataFrame({2024: [1.0], "Total %": [2.0]})).columns) == ["2024", "total"]',
#     'clash_error == "duplicate column names after cleaning: net_sales, tax"',
#     'list(sales_clean.columns) == ["store"] + [name.replace("-", "_") for name in store_sales.columns[1:]]',
#     'sales_clean.reset_index(drop=True).set_axis(store_sales.columns, axis=1).equals(store_sales.reset_index(drop=True)) and sales_clean.index.equals(store_sales.index)',
#     'list(store_sales.columns[:2]) == ["store", "2024-01"]',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'data-cleaning', 'text-processing', 'validation']
# edge_cases = true
# ///
import re

import pandas as pd


def snake_case_columns(df):
    """Return a copy of df with snake_case column names.

    Each name is converted to str, stripped and lower-cased; every run of
    characters other than a-z and 0-9 becomes a single "_", and leading or
    trailing "_" are removed ("  Unit Price ($) " -> "unit_price").
    The data and index are unchanged and df itself is not modified. Raises
    ValueError("duplicate column names after cleaning: ...") listing the
    clashing cleaned names, sorted and joined by ", ".
    """
    cleaned = [
        re.sub(r"[^a-z0-9]+", "_", str(name).strip().lower()).strip("_") for name in df.columns
    ]
    clashes = sorted({name for name in cleaned if cleaned.count(name) > 1})
    if clashes:
        raise ValueError(f"duplicate column names after cleaning: {', '.join(clashes)}")
    # set_axis returns a new frame, so the caller's columns stay untouched
    return df.set_axis(cleaned, axis="columns")


sales_clean = snake_case_columns(store_sales)

try:
    snake_case_columns(pd.DataFrame({"Net Sales": [1], "net_sales": [2], "Tax": [3], "TAX ": [4]}))
except ValueError as error:
    clash_error = str(error)
