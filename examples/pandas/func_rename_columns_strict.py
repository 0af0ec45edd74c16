# /// example
# task = '''
# Write a function `rename_strict` with the signature and docstring below.
#
# ```python
# def rename_strict(frame, mapping):
#     """Rename columns of `frame`, failing loudly on a typo.
#
#     `mapping` maps old column names to new ones. Unlike a plain rename,
#     which silently ignores names that are not columns, a KeyError is
#     raised when any key of `mapping` is not a column of `frame`.
#     Returns a new DataFrame; columns not in `mapping` keep their names
#     and the column order is unchanged.
#     """
# ```'''
# prompt = '''
# A silent no-op rename cost me a day (a typo in the old column name). Write \
# `rename_strict(frame, mapping)` that renames columns like `rename(columns=mapping)` but raises \
# a KeyError if any old name in `mapping` isn't a column, returns a new DataFrame and keeps the \
# column order and the other names.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(rename_strict(pd.DataFrame({"a": [1], "b": [2], "c": [3]}), {"b": "beta"}).columns) == ["a", "beta", "c"]',
#     'list(rename_strict(pd.DataFrame({"x": [1.0], "y": [2.0]}), {"y": "x2", "x": "x1"}).columns) == ["x1", "x2"]',
#     'list(rename_strict(pd.DataFrame({"x": [1.0]}), {}).columns) == ["x"]',
#     '__import__("unittest").TestCase().assertRaises(KeyError, rename_strict, pd.DataFrame({"a": [1]}), {"A": "alpha"}) is None',
#     'pd.DataFrame({"a": [1]}).pipe(lambda f: (rename_strict(f, {"a": "z"}), f)[1]).columns.tolist() == ["a"]',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'data-cleaning']
# ///
def rename_strict(frame, mapping):
    """Rename columns of `frame`, failing loudly on a typo.

    `mapping` maps old column names to new ones. Unlike a plain rename,
    which silently ignores names that are not columns, a KeyError is
    raised when any key of `mapping` is not a column of `frame`.
    Returns a new DataFrame; columns not in `mapping` keep their names
    and the column order is unchanged.
    """
    # errors="raise" makes rename reject labels it cannot find
    return frame.rename(columns=mapping, errors="raise")
