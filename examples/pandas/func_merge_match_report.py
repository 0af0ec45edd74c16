# /// example
# task = '''
# Write a function `match_report` with the signature and docstring below, then use it to compare
# the key column `sku` of the two tables `catalog` and `stock` built in the code as shown, storing
# the report in `report`.
#
# ```python
# def match_report(left, right, on):
#     """Count how the rows of an outer merge of left and right on `on` match.
#
#     Returns a dict with the keys "both", "left_only" and "right_only": the
#     number of rows of left.merge(right, on=on, how="outer") found in both
#     tables or in one only (a key repeated on both sides counts once per
#     matched pair). Missing categories count 0. Raises KeyError naming the
#     column if `on` is missing from either table.
#     """
#
# catalog = pd.DataFrame({"sku": ["A1", "A2", "B7", "C3"], "name": ["bolt", "nut", "washer", "pin"]})
# stock = pd.DataFrame({"sku": ["A2", "A2", "C3", "D9"], "bin": [4, 5, 1, 8]})
# ```'''
# prompt = """
# Before merging tables I like to see how well the keys line up. Please write \
# `match_report(left, right, on)` returning a dict with "both", "left_only" and "right_only": how \
# many rows of the outer merge on `on` come from both tables or just one (duplicate keys count \
# once per matched pair, absent categories as 0), raising KeyError with the column name when \
# `on` is missing in a table. Then run it on these `catalog` and `stock` tables on `sku`, into \
# `report`:
#
# ```python
# catalog = pd.DataFrame({"sku": ["A1", "A2", "B7", "C3"], "name": ["bolt", "nut", "washer", "pin"]})
# stock = pd.DataFrame({"sku": ["A2", "A2", "C3", "D9"], "bin": [4, 5, 1, 8]})
# ```"""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     # A2 is twice in stock: two matched pairs, plus C3; A1 and B7 only in catalog, D9 only in stock
#     'report == {"both": 3, "left_only": 2, "right_only": 1}',
#     'match_report(pd.DataFrame({"k": [1, 2, 2, 3]}), pd.DataFrame({"k": [2, 3, 3, 4, 5]}), "k") == {"both": 4, "left_only": 1, "right_only": 2}',
#     'match_report(pd.DataFrame({"k": ["x"], "v": [1]}), pd.DataFrame({"k": ["x"], "w": [2]}), "k") == {"both": 1, "left_only": 0, "right_only": 0}',
#     'match_report(pd.DataFrame({"a": [1, 1], "b": [1, 2]}), pd.DataFrame({"a": [1, 2], "b": [2, 2]}), ["a", "b"]) == {"both": 1, "left_only": 1, "right_only": 1}',
#     '__import__("unittest").TestCase().assertRaisesRegex(KeyError, "sku", match_report, pd.DataFrame({"sku": [1]}), pd.DataFrame({"id": [1]}), "sku") is None',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'merging', 'validation', 'counting']
# ///
import pandas as pd


def match_report(left, right, on):
    """Count how the rows of an outer merge of left and right on `on` match.

    Returns a dict with the keys "both", "left_only" and "right_only": the
    number of rows of left.merge(right, on=on, how="outer") found in both
    tables or in one only (a key repeated on both sides counts once per
    matched pair). Missing categories count 0. Raises KeyError naming the
    column if `on` is missing from either table.
    """
    keys = [on] if isinstance(on, str) else list(on)
    for name, table in (("left", left), ("right", right)):
        missing = [key for key in keys if key not in table.columns]
        if missing:
            raise KeyError(f"{missing} not in the {name} table")
    # indicator=True adds the categorical column `_merge` saying where each row came from
    merged = left[keys].merge(right[keys], on=keys, how="outer", indicator=True)
    counts = merged["_merge"].value_counts()
    return {kind: int(counts.get(kind, 0)) for kind in ("both", "left_only", "right_only")}


catalog = pd.DataFrame({"sku": ["A1", "A2", "B7", "C3"], "name": ["bolt", "nut", "washer", "pin"]})
stock = pd.DataFrame({"sku": ["A2", "A2", "C3", "D9"], "bin": [4, 5, 1, 8]})
report = match_report(catalog, stock, "sku")
