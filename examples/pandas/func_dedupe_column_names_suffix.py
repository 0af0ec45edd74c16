# /// example
# task = '''
# Write a function `dedupe_columns` with the signature and docstring below.
#
# ```python
# def dedupe_columns(frame):
#     """Make repeated column names unique by numbering the repeats.
#
#     The first occurrence of a name keeps it; later occurrences get
#     ".1", ".2", ... in order of appearance (["a", "b", "a", "a"] ->
#     ["a", "b", "a.1", "a.2"]), as read_csv does. Returns a new
#     DataFrame with the same data; `frame` is not modified.
#     """
# ```'''
# prompt = '''
# After concatenating exports side by side I end up with repeated column names, which breaks \
# selecting by name. Write `dedupe_columns(frame)` that keeps the first occurrence of each name \
# and numbers later ones `.1`, `.2`, ... in order (like read_csv does: a, b, a, a -> a, b, a.1, \
# a.2), returning a new DataFrame with the same data and leaving `frame` as it was.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(dedupe_columns(pd.DataFrame([[1, 2, 3, 4]], columns=["a", "b", "a", "a"])).columns) == ["a", "b", "a.1", "a.2"]',
#     'dedupe_columns(pd.DataFrame([[1, 2, 3, 4]], columns=["a", "b", "a", "a"])).iloc[0].tolist() == [1, 2, 3, 4]',
#     'list(dedupe_columns(pd.DataFrame([[1.0, 2.0]], columns=["x", "y"])).columns) == ["x", "y"]',
#     'list(dedupe_columns(pd.DataFrame([[1, 2, 3]], columns=["a", "a", "b"])).columns) == ["a", "a.1", "b"]',
#     'list(pd.DataFrame([[1, 2]], columns=["a", "a"]).pipe(lambda f: (dedupe_columns(f), f)[1]).columns) == ["a", "a"]',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'data-cleaning']
# ///
import pandas as pd


def dedupe_columns(frame):
    """Make repeated column names unique by numbering the repeats.

    The first occurrence of a name keeps it; later occurrences get
    ".1", ".2", ... in order of appearance (["a", "b", "a", "a"] ->
    ["a", "b", "a.1", "a.2"]), as read_csv does. Returns a new
    DataFrame with the same data; `frame` is not modified.
    """
    names = pd.Series(frame.columns, dtype=object).astype(str)
    # cumcount numbers each name's occurrences 0, 1, 2, ... in order of appearance
    occurrence = names.groupby(names).cumcount()
    unique_names = names.where(occurrence == 0, names + "." + occurrence.astype(str))
    return frame.set_axis(unique_names.tolist(), axis=1)
