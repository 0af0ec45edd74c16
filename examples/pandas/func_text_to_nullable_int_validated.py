# /// example
# task = '''
# Write a function `to_int_column` with the signature and docstring below.
#
# ```python
# def to_int_column(values):
#     """Convert numeric text to a nullable integer Series.
#
#     `values` is a Series of text such as "42", " 7 ", "3.0" or "".
#     Missing values and empty strings become <NA>; whole numbers written
#     with a ".0" are accepted. Raises ValueError naming the offending
#     values if any entry is not a number or has a fractional part
#     ("2.5"). Returns a Series of dtype "Int64" with the same index.
#     """
# ```'''
# prompt = '''
# I need a strict converter for ID-like columns that arrive as text: `to_int_column(values)` \
# should return an "Int64" Series (same index) from strings like "42", " 7 " or "3.0", with \
# missing or empty entries as <NA>, and raise a ValueError listing the bad entries when \
# something isn't a number or isn't whole (like "2.5" or "abc") instead of silently coercing.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'str(to_int_column(pd.Series(["42", " 7 ", "3.0"])).dtype) == "Int64" and to_int_column(pd.Series(["42", " 7 ", "3.0"])).tolist() == [42, 7, 3]',
#     '[None if v is pd.NA else int(v) for v in to_int_column(pd.Series(["", None, "-12"], index=[3, 2, 1]))] == [None, None, -12] and list(to_int_column(pd.Series(["", None, "-12"], index=[3, 2, 1])).index) == [3, 2, 1]',
#     # the error must name the offending entry
#     '__import__("unittest").TestCase().assertRaisesRegex(ValueError, "2\\.5", to_int_column, pd.Series(["1", "2.5"])) is None',
#     '__import__("unittest").TestCase().assertRaisesRegex(ValueError, "abc", to_int_column, pd.Series(["abc", "4"])) is None',
#     'to_int_column(pd.Series(["100000", "0"])).tolist() == [100000, 0]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'data-types', 'validation', 'parsing']
# ///
import pandas as pd


def to_int_column(values):
    """Convert numeric text to a nullable integer Series.

    `values` is a Series of text such as "42", " 7 ", "3.0" or "".
    Missing values and empty strings become <NA>; whole numbers written
    with a ".0" are accepted. Raises ValueError naming the offending
    values if any entry is not a number or has a fractional part
    ("2.5"). Returns a Series of dtype "Int64" with the same index.
    """
    text = values.astype("string").str.strip().replace("", pd.NA)
    numbers = pd.to_numeric(text, errors="coerce").astype("Float64")
    # present text that failed to parse, or parsed to a non-whole number, is an error
    bad = text.notna() & (numbers.isna() | (numbers.round() != numbers))
    if bad.any():
        raise ValueError(f"not whole numbers: {values[bad].tolist()}")
    return numbers.astype("Int64")
