# /// example
# task = '''
# Write a function `diff_snapshots` with the signature and docstring below. Then call it on two \
# snapshots that repeat a key and store the message of the `ValueError` it raises in \
# `duplicate_error`.
#
# ```python
# def diff_snapshots(old, new, key):
#     """Compare two snapshots of a table identified by the column `key`.
#
#     Both frames have the same columns. Returns a dict with three sorted
#     lists of key values: "added" (only in `new`), "removed" (only in `old`)
#     and "changed" (in both, with at least one differing value; two missing
#     values count as equal). Raises ValueError when a key repeats within
#     either snapshot.
#     """
# ```'''
# prompt = """
# I get a nightly extract of our product table and want to know what moved since yesterday. Write \
# `diff_snapshots(old, new, key)` for two frames with the same columns and a unique id column \
# `key`: return a dict with sorted lists of keys under "added" (new only), "removed" (old only) \
# and "changed" (present in both with some value different; NaN vs NaN is not a change). If a key \
# appears twice in either snapshot it should raise `ValueError`; show that by catching it on a bad \
# pair and keeping the message in `duplicate_error`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'diff_snapshots(pd.DataFrame({"sku": ["A", "B", "C"], "price": [1.0, 2.0, 3.0], "stock": [5, 0, 2]}), pd.DataFrame({"sku": ["D", "C", "A"], "price": [4.0, 3.0, 1.5], "stock": [1, 2, 5]}), "sku") == {"added": ["D"], "removed": ["B"], "changed": ["A"]}',
#     'diff_snapshots(pd.DataFrame({"id": [3, 1, 2], "note": ["x", None, "z"]}), pd.DataFrame({"id": [1, 2, 3], "note": [None, "z", "y"]}), "id") == {"added": [], "removed": [], "changed": [3]}',
#     'diff_snapshots(pd.DataFrame({"id": [1], "v": [np.nan]}), pd.DataFrame({"id": [1], "v": [np.nan]}), "id") == {"added": [], "removed": [], "changed": []}',
#     'isinstance(duplicate_error, str) and len(duplicate_error) > 0',
#     # a key repeated only in the new snapshot must raise too (assertRaises raises AssertionError otherwise)
#     '__import__("unittest").TestCase().assertRaises(ValueError, diff_snapshots, pd.DataFrame({"id": [1, 2], "v": [1.0, 2.0]}), pd.DataFrame({"id": [2, 2], "v": [2.0, 3.0]}), "id") is None',
#     # keys that appear out of order in both snapshots: each list must come back sorted
#     'diff_snapshots(pd.DataFrame({"id": ["c", "h", "a", "e", "b"], "v": [1.0] * 5}), pd.DataFrame({"id": ["b", "i", "c", "g", "a"], "v": [2.0] * 5}), "id") == {"added": ["g", "i"], "removed": ["e", "h"], "changed": ["a", "b", "c"]}',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'validation', 'error-handling', 'indexing']
# ///
import pandas as pd


def diff_snapshots(old, new, key):
    """Compare two snapshots of a table identified by the column `key`.

    Both frames have the same columns. Returns a dict with three sorted
    lists of key values: "added" (only in `new`), "removed" (only in `old`)
    and "changed" (in both, with at least one differing value; two missing
    values count as equal). Raises ValueError when a key repeats within
    either snapshot.
    """
    old_rows, new_rows = old.set_index(key), new.set_index(key)
    if not (old_rows.index.is_unique and new_rows.index.is_unique):
        raise ValueError(f"the key column {key!r} repeats a value within a snapshot")
    shared = old_rows.index.intersection(new_rows.index)
    # compare() needs identically labelled frames: the shared keys in one order, same columns
    before = old_rows.loc[shared].sort_index()
    after = new_rows.loc[shared, old_rows.columns].sort_index()
    return {
        "added": sorted(new_rows.index.difference(old_rows.index)),
        "removed": sorted(old_rows.index.difference(new_rows.index)),
        "changed": sorted(before.compare(after).index),
    }


try:
    diff_snapshots(
        pd.DataFrame({"sku": ["A", "A"], "price": [1.0, 1.2]}),
        pd.DataFrame({"sku": ["A"], "price": [1.0]}),
        "sku",
    )
except ValueError as error:
    duplicate_error = str(error)
