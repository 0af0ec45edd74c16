# /// example
# task = '''
# Write a function `parse_epoch` with the signature and docstring below.
#
# ```python
# def parse_epoch(values):
#     """Convert Unix timestamps that mix seconds and milliseconds.
#
#     `values` is a numeric Series from two systems: one writes seconds
#     since 1970-01-01 UTC, the other milliseconds. Values of at least
#     1e11 are milliseconds, smaller ones seconds. Returns a
#     datetime64 Series (time-zone naive, UTC) with the same index;
#     missing values become NaT.
#     """
# ```'''
# prompt = '''
# Two of our systems log Unix time differently: one in seconds, the other in milliseconds, and \
# they ended up in the same column. Write `parse_epoch(values)` that takes that numeric Series, \
# treats values of 1e11 or more as milliseconds and the rest as seconds, and returns naive UTC \
# datetimes (NaT for missing) with the same index.'''
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'pd.api.types.is_datetime64_any_dtype(parse_epoch(pd.Series([1700000000, 1700000000000])))',
#     'parse_epoch(pd.Series([1700000000, 1700000000000, 1700003600500])).tolist() == [pd.Timestamp("2023-11-14 22:13:20"), pd.Timestamp("2023-11-14 22:13:20"), pd.Timestamp("2023-11-14 23:13:20.5")]',
#     'parse_epoch(pd.Series([0.0, np.nan, 1e11], index=[4, 5, 6])).isna().tolist() == [False, True, False] and list(parse_epoch(pd.Series([0.0, np.nan, 1e11], index=[4, 5, 6])).index) == [4, 5, 6]',
#     'parse_epoch(pd.Series([0.0, np.nan, 1e11], index=[4, 5, 6])).iloc[[0, 2]].dt.strftime("%Y-%m-%d %H:%M:%S").tolist() == ["1970-01-01 00:00:00", "1973-03-03 09:46:40"]',
#     'parse_epoch(pd.Series([86400.0, 86400000.0])).tolist() == [pd.Timestamp("1970-01-02"), pd.Timestamp("1972-09-27")]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'datetime', 'parsing']
# ///
import pandas as pd


def parse_epoch(values):
    """Convert Unix timestamps that mix seconds and milliseconds.

    `values` is a numeric Series from two systems: one writes seconds
    since 1970-01-01 UTC, the other milliseconds. Values of at least
    1e11 are milliseconds, smaller ones seconds. Returns a
    datetime64 Series (time-zone naive, UTC) with the same index;
    missing values become NaT.
    """
    # bring every value to milliseconds first, then parse once with unit="ms"
    millis = values.where(values >= 1e11, values * 1000)
    return pd.to_datetime(millis, unit="ms")
