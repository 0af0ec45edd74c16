# /// example
# task = '''
# Write a function `mixed_type_columns` with the signature and docstring below.
#
# ```python
# def mixed_type_columns(frame):
#     """Names of the columns whose values mix text with other types.
#
#     After a sloppy import some object columns hold numbers and strings
#     together (1, "n/a", 2.5). A column is reported when its non-missing
#     values include both strings and non-strings; purely numeric, purely
#     text and all-missing columns are not. Returns the names in column
#     order as a list.
#     """
# ```'''
# prompt = '''
# After importing spreadsheets I often get object columns where numbers and text sit together \
# (1, "n/a", 2.5). Write `mixed_type_columns(frame)` returning the list of column names (in \
# column order) whose non-missing values include both strings and something that isn't a \
# string; all-number, all-text and all-missing columns should not be listed.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'mixed_type_columns(pd.DataFrame({"a": pd.Series([1, "n/a", 2.5], dtype=object), "b": [1.0, 2.0, 3.0], "c": pd.Series(["x", None, "y"], dtype=object)})) == ["a"]',
#     'mixed_type_columns(pd.DataFrame({"flag": pd.Series([True, "yes", None], dtype=object), "n": pd.Series([1, 2.5, None], dtype=object)})) == ["flag"]',
#     'mixed_type_columns(pd.DataFrame({"x": [1, 2], "y": ["p", "q"]})) == []',
#     'mixed_type_columns(pd.DataFrame({"empty": pd.Series([None, None], dtype=object), "z": pd.Series(["1", 1], dtype=object), "w": pd.Series([pd.Timestamp("2024-01-01"), "later"], dtype=object)})) == ["z", "w"]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'data-types', 'data-cleaning']
# ///
def mixed_type_columns(frame):
    """Names of the columns whose values mix text with other types.

    After a sloppy import some object columns hold numbers and strings
    together (1, "n/a", 2.5). A column is reported when its non-missing
    values include both strings and non-strings; purely numeric, purely
    text and all-missing columns are not. Returns the names in column
    order as a list.
    """
    mixed = []
    for column in frame.columns:
        # True for each non-missing value that is a str, False for anything else
        is_text = frame[column].dropna().map(lambda value: isinstance(value, str))
        if is_text.any() and not is_text.all():
            mixed.append(column)
    return mixed
