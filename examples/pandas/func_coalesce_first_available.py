# /// example
# task = '''
# Write a function `coalesce` with the signature and docstring below.
#
# ```python
# def coalesce(frame, columns):
#     """First non-missing value across `columns`, row by row.
#
#     `columns` lists column names of `frame` in order of preference
#     (e.g. ["mobile", "work", "home"]). For each row, the value of the
#     first listed column that is not missing is taken; a row missing in
#     all of them gives a missing value. Returns a Series with the same
#     index as `frame`. Raises KeyError if a listed column is absent.
#     """
# ```'''
# prompt = '''
# Customers have up to three phone columns and I want one contact number: write \
# `coalesce(frame, columns)` that walks the listed columns in order of preference and takes the \
# first value that isn't missing in each row (missing if all are), returns a Series with the \
# frame's index, and raises a KeyError if one of the listed columns doesn't exist.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     '[v if isinstance(v, str) else None for v in coalesce(pd.DataFrame({"home": [None, "1", None], "work": ["2", None, None], "mobile": ["3", "4", None]}), ["home", "work", "mobile"])] == ["2", "1", None]',
#     '[v if isinstance(v, str) else None for v in coalesce(pd.DataFrame({"home": [None, "1", None], "work": ["2", None, None], "mobile": ["3", "4", None]}), ["mobile", "work", "home"])] == ["3", "4", None]',
#     'np.allclose(coalesce(pd.DataFrame({"a": [np.nan, 2.0, np.nan], "b": [5.0, 7.0, np.nan]}, index=[9, 8, 7]), ["a", "b"]).to_numpy(dtype=float), [5.0, 2.0, np.nan], equal_nan=True) and list(coalesce(pd.DataFrame({"a": [np.nan, 2.0, np.nan], "b": [5.0, 7.0, np.nan]}, index=[9, 8, 7]), ["a", "b"]).index) == [9, 8, 7]',
#     '__import__("unittest").TestCase().assertRaises(KeyError, coalesce, pd.DataFrame({"a": [1.0]}), ["a", "fax"]) is None',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'missing-data', 'data-cleaning']
# ///
def coalesce(frame, columns):
    """First non-missing value across `columns`, row by row.

    `columns` lists column names of `frame` in order of preference
    (e.g. ["mobile", "work", "home"]). For each row, the value of the
    first listed column that is not missing is taken; a row missing in
    all of them gives a missing value. Returns a Series with the same
    index as `frame`. Raises KeyError if a listed column is absent.
    """
    # back-filling along the row pulls each row's first available value into the first column
    return frame[list(columns)].bfill(axis=1).iloc[:, 0]
