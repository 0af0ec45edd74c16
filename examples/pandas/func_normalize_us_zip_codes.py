# /// example
# task = '''
# Write a function `normalize_zip` with the signature and docstring below.
#
# ```python
# def normalize_zip(values):
#     """Normalise US ZIP codes to 5-character strings.
#
#     `values` is a Series of numbers or text such as 2134, 2134.0, "02134"
#     or "02134-1234" (ZIP+4). Leading zeros lost by a spreadsheet are
#     restored and the +4 part is dropped. Values that are missing or not
#     3 to 5 digits (optionally followed by "-" and 4 digits) become <NA>.
#     Returns a string Series with the same index.
#     """
# ```'''
# prompt = """
# Customer ZIP codes reach me in every shape: numbers with the leading zero gone (2134, or \
# 2134.0 when the column had gaps), text like "02134", and ZIP+4 like "02134-1234". Write \
# `normalize_zip(values)` taking a Series and returning 5-character strings with leading zeros \
# restored and the +4 part cut, same index; anything missing or that isn't 3-5 digits (optionally \
# plus "-" and 4 digits) should become <NA>."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'normalize_zip(pd.Series([2134, 90210, 501])).tolist() == ["02134", "90210", "00501"]',
#     '[value if isinstance(value, str) else None for value in normalize_zip(pd.Series(["02134-1234", " 60614", "n/a", "123456", "12"], index=[3, 1, 2, 0, 4]))] == ["02134", "60614", None, None, None]',
#     'list(normalize_zip(pd.Series(["02134-1234", " 60614", "n/a", "123456", "12"], index=[3, 1, 2, 0, 4])).index) == [3, 1, 2, 0, 4]',
#     '[value if isinstance(value, str) else None for value in normalize_zip(pd.Series([2134.0, np.nan, 60614.0]))] == ["02134", None, "60614"]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'data-cleaning', 'text-processing']
# ///
def normalize_zip(values):
    """Normalise US ZIP codes to 5-character strings.

    `values` is a Series of numbers or text such as 2134, 2134.0, "02134"
    or "02134-1234" (ZIP+4). Leading zeros lost by a spreadsheet are
    restored and the +4 part is dropped. Values that are missing or not
    3 to 5 digits (optionally followed by "-" and 4 digits) become <NA>.
    Returns a string Series with the same index.
    """
    # a float column (a number column with gaps) prints as "2134.0": drop that suffix first
    text = values.astype("string").str.strip().str.replace(r"\.0$", "", regex=True)
    digits = text.str.extract(r"^(\d{3,5})(?:-\d{4})?$", expand=False)
    return digits.str.zfill(5)
