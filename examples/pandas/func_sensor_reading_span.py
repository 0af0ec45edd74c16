# /// example
# task = '''
# Write a function `reading_span` with the signature and docstring below, then apply it to the \
# daily sensor table `sensor`, storing the result in `span`.
#
# ```python
# def reading_span(frame):
#     """When each column of a time-indexed frame has data.
#
#     Returns a DataFrame with one row per column of `frame` (same order) and
#     the columns `first` and `last` (the index labels of the column's first
#     and last non-missing values, NaT for a column with no data) and
#     `n_valid` (the number of non-missing values).
#     """
# ```'''
# prompt = """
# Our sensors come online and drop out at different times. Write `reading_span(frame)` that, for \
# each column of a DatetimeIndex-ed frame, reports the timestamp of its `first` and `last` \
# non-missing value (NaT if the column is empty) and the count of non-missing values `n_valid`, \
# one row per column in column order. Run it on my `sensor` table as `span`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'reading_span(pd.DataFrame({"a": [np.nan, 1.0, 2.0, np.nan], "b": [3.0, np.nan, np.nan, 4.0]}, index=pd.date_range("2024-01-01", periods=4))).to_dict("list") == {"first": [pd.Timestamp("2024-01-02"), pd.Timestamp("2024-01-01")], "last": [pd.Timestamp("2024-01-03"), pd.Timestamp("2024-01-04")], "n_valid": [2, 2]}',
#     'pd.isna(reading_span(pd.DataFrame({"x": [np.nan, np.nan], "y": [1.0, np.nan]}, index=pd.date_range("2024-02-01", periods=2))).loc["x", "first"]) and reading_span(pd.DataFrame({"x": [np.nan, np.nan], "y": [1.0, np.nan]}, index=pd.date_range("2024-02-01", periods=2))).loc["x", "n_valid"] == 0',
#     'reading_span(pd.DataFrame({"z": [5.0]}, index=pd.to_datetime(["2024-03-09"]))).loc["z", "last"] == pd.Timestamp("2024-03-09")',
#     'span.index.tolist() == sensor.columns.tolist() and all(span.loc[c, "first"] == sensor[c].first_valid_index() and span.loc[c, "last"] == sensor[c].last_valid_index() and span.loc[c, "n_valid"] == sensor[c].notna().sum() for c in sensor.columns)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'missing-data', 'time-series']
# edge_cases = true
# ///
import pandas as pd


def reading_span(frame):
    """When each column of a time-indexed frame has data.

    Returns a DataFrame with one row per column of `frame` (same order) and
    the columns `first` and `last` (the index labels of the column's first
    and last non-missing values, NaT for a column with no data) and
    `n_valid` (the number of non-missing values).
    """
    # first_valid_index / last_valid_index return None for an all-missing column
    return pd.DataFrame(
        {
            "first": pd.to_datetime(
                [frame[column].first_valid_index() for column in frame.columns]
            ),
            "last": pd.to_datetime([frame[column].last_valid_index() for column in frame.columns]),
            "n_valid": frame.notna().sum().to_numpy(),
        },
        index=frame.columns,
    )


span = reading_span(sensor)
