# /// example
# task = '''
# Write a function `to_fixed_width` with the signature and docstring below.
#
# ```python
# def to_fixed_width(frame, widths):
#     """Render `frame` as fixed-width text lines for a mainframe upload.
#
#     `widths` maps every column name to its field width. Text columns
#     are left-aligned and numeric columns right-aligned, padded with
#     spaces; missing values become empty fields. Returns a list of
#     strings, one per row in order, each the concatenation of its fields.
#     Raises ValueError if any value is longer than its field width.
#     """
# ```'''
# prompt = '''
# A bank interface wants fixed-width records. Write `to_fixed_width(frame, widths)`: `widths` \
# gives each column's field width; pad text left-aligned and numbers right-aligned with spaces, \
# leave missing values as blank fields, and return one string per row (fields glued together). \
# If a value doesn't fit its width, raise a ValueError rather than cutting it.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'to_fixed_width(pd.DataFrame({"name": ["Ana", "Bo"], "amount": [12, 3450]}), {"name": 5, "amount": 6}) == ["Ana      12", "Bo     3450"]',
#     'to_fixed_width(pd.DataFrame({"code": ["X1", None], "qty": [7.5, np.nan]}), {"code": 4, "qty": 5}) == ["X1    7.5", "         "]',
#     'to_fixed_width(pd.DataFrame({"a": ["abc"], "b": ["de"]}), {"a": 3, "b": 2}) == ["abcde"]',
#     '__import__("unittest").TestCase().assertRaises(ValueError, to_fixed_width, pd.DataFrame({"name": ["Ana", "Alexandra"]}), {"name": 5}) is None',
#     '__import__("unittest").TestCase().assertRaises(ValueError, to_fixed_width, pd.DataFrame({"n": [123456]}), {"n": 5}) is None',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'text-processing', 'file-io', 'validation']
# ///
import pandas as pd


def to_fixed_width(frame, widths):
    """Render `frame` as fixed-width text lines for a mainframe upload.

    `widths` maps every column name to its field width. Text columns
    are left-aligned and numeric columns right-aligned, padded with
    spaces; missing values become empty fields. Returns a list of
    strings, one per row in order, each the concatenation of its fields.
    Raises ValueError if any value is longer than its field width.
    """
    fields = []
    for column in frame.columns:
        width = widths[column]
        text = frame[column].astype("string").fillna("")
        too_long = text.str.len() > width
        if too_long.any():
            raise ValueError(
                f"{column!r} has values longer than {width}: {text[too_long].tolist()}"
            )
        # numbers line up on the right, text on the left
        if pd.api.types.is_numeric_dtype(frame[column]):
            fields.append(text.str.rjust(width))
        else:
            fields.append(text.str.ljust(width))
    return pd.concat(fields, axis=1).sum(axis=1).tolist() if fields else []
