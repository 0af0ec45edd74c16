# /// example
# task = '''
# Write a function `stubs_to_long` with the signature and docstring below, and store in
# `duplicate_error` the message raised for a frame whose `id` column is [1, 1].
#
# ```python
# def stubs_to_long(df, stubs, id_col, sep="_"):
#     """Reshape columns named f"{stub}{sep}{year}" into one row per id and year.
#
#     Returns the columns id_col, "year" (int64) and one column per stub, in
#     the order of `stubs`; rows are sorted by id_col and then year, with a
#     fresh RangeIndex. A year seen for any stub appears for every id; a
#     stub without a column for that year gives NaN. Columns that match no
#     stub are dropped. Raises ValueError("id_col values must be unique")
#     when an id repeats.
#     """
# ```'''
# prompt = """
# Our yearly KPI sheets come wide: an `id` column, then columns such as `revenue_2021`, \
# `revenue_2022`, `staff_2022`. I want a helper `stubs_to_long(df, stubs, id_col, sep="_")` that \
# gives one row per id and year, with `id_col`, an int64 `"year"` and one column per stub in \
# the order I pass them, sorted by id and year with a 0..n-1 index. Every year that appears for \
# any stub should appear for every id, with NaN where that stub has no column for the year; \
# columns matching no stub are dropped. If ids repeat, raise \
# `ValueError("id_col values must be unique")`; keep that message for an `id` column of [1, 1] in \
# `duplicate_error`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = {}
# checks = [
#     'stubs_to_long(pd.DataFrame({"id": [2, 1], "revenue_2021": [1.0, 2.0], "revenue_2022": [3.0, 4.0], "staff_2022": [5.0, 6.0], "note": ["x", "y"]}), ["revenue", "staff"], "id").equals(pd.DataFrame({"id": [1, 1, 2, 2], "year": np.array([2021, 2022, 2021, 2022], dtype=np.int64), "revenue": [2.0, 4.0, 1.0, 3.0], "staff": [np.nan, 6.0, np.nan, 5.0]}))',
#     'stubs_to_long(pd.DataFrame({"shop": ["b", "a"], "visits.2020": [10.0, 20.0], "sales.2020": [1.0, 2.0]}), ["visits", "sales"], "shop", sep=".").to_dict("list") == {"shop": ["a", "b"], "year": [2020, 2020], "visits": [20.0, 10.0], "sales": [2.0, 1.0]}',
#     'stubs_to_long(pd.DataFrame({"id": ["u"], "x_2019": [1.5], "x_2023": [np.nan]}, index=[42]), ["x"], "id").index.equals(pd.RangeIndex(2)) and stubs_to_long(pd.DataFrame({"id": ["u"], "x_2019": [1.5], "x_2023": [np.nan]}, index=[42]), ["x"], "id")["year"].tolist() == [2019, 2023]',
#     'duplicate_error == "id_col values must be unique"',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'reshaping', 'validation']
# ///
import pandas as pd


def stubs_to_long(df, stubs, id_col, sep="_"):
    """Reshape columns named f"{stub}{sep}{year}" into one row per id and year.

    Returns the columns id_col, "year" (int64) and one column per stub, in
    the order of `stubs`; rows are sorted by id_col and then year, with a
    fresh RangeIndex. A year seen for any stub appears for every id; a
    stub without a column for that year gives NaN. Columns that match no
    stub are dropped. Raises ValueError("id_col values must be unique")
    when an id repeats.
    """
    if df[id_col].duplicated().any():
        raise ValueError("id_col values must be unique")
    wanted = [id_col] + [
        name for name in df.columns if any(str(name).startswith(stub + sep) for stub in stubs)
    ]
    # suffix=r"\d+" accepts only numeric years after the separator
    long = pd.wide_to_long(df[wanted], stubnames=stubs, i=id_col, j="year", sep=sep, suffix=r"\d+")
    long = long.reset_index().sort_values([id_col, "year"], ignore_index=True)
    long["year"] = long["year"].astype("int64")
    return long[[id_col, "year", *stubs]]


try:
    stubs_to_long(pd.DataFrame({"id": [1, 1], "revenue_2021": [1.0, 2.0]}), ["revenue"], "id")
except ValueError as error:
    duplicate_error = str(error)
