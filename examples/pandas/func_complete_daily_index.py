# /// example
# task = '''
# Write a function `complete_daily_index` with the signature and docstring below. The rain gauge
# only logs rainy days: take the rows of `weather` with `rainfall` > 0 (the `rainfall` column
# only), complete them to every calendar day with `fill_value=0.0` and store the result in
# `daily_rain`. Store in `duplicate_error` the message raised for a frame whose index holds the
# same day twice.
#
# ```python
# def complete_daily_index(df, fill_value=None):
#     """Reindex a frame indexed by dates (midnights) to every calendar day in its range.
#
#     Rows are sorted by time; days missing between the first and the last
#     timestamp are added with `fill_value` in every column (NaN when None).
#     Existing rows are unchanged and an empty frame is returned as is.
#     Raises ValueError("duplicate timestamps") when a timestamp repeats.
#     """
# ```'''
# prompt = """
# My logger skips days, and I need a helper `complete_daily_index(df, fill_value=None)` for \
# frames indexed by dates (midnight timestamps): sort by time, add every missing calendar day \
# between the first and last timestamp with `fill_value` in every column (NaN if None), leave \
# existing rows alone, return an empty frame unchanged, and raise \
# `ValueError("duplicate timestamps")` if a timestamp repeats. Our rain gauge only records rainy \
# days, so take the `rainfall` column of my `weather` table on days with `rainfall` > 0, complete \
# it with zeros (`fill_value=0.0`) into `daily_rain`, and keep the error message for an index \
# with the same day twice in `duplicate_error`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { weather = 'weather' }
# checks = [
#     'complete_daily_index(pd.DataFrame({"v": [3.0, 1.0]}, index=pd.to_datetime(["2024-01-03", "2024-01-01"]))).equals(pd.DataFrame({"v": [1.0, np.nan, 3.0]}, index=pd.date_range("2024-01-01", "2024-01-03", freq="D")))',
#     'complete_daily_index(pd.DataFrame({"v": [1.0, 5.0], "w": [2, 4]}, index=pd.to_datetime(["2024-02-28", "2024-03-01"])), fill_value=0)["v"].tolist() == [1.0, 0.0, 5.0] and complete_daily_index(pd.DataFrame({"v": [1.0, 5.0], "w": [2, 4]}, index=pd.to_datetime(["2024-02-28", "2024-03-01"])), fill_value=0)["w"].tolist() == [2, 0, 4]',
#     'complete_daily_index(pd.DataFrame({"v": pd.Series([], dtype=float)}, index=pd.DatetimeIndex([]))).empty',
#     'duplicate_error == "duplicate timestamps"',
#     'daily_rain.index.equals(pd.date_range(weather.index[weather["rainfall"] > 0].min(), weather.index[weather["rainfall"] > 0].max(), freq="D")) if (weather["rainfall"] > 0).any() else daily_rain.empty',
#     'np.allclose(daily_rain["rainfall"].to_numpy(), weather["rainfall"].where(weather["rainfall"] > 0, 0.0).reindex(daily_rain.index).to_numpy()) and list(daily_rain.columns) == ["rainfall"]',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'time-series', 'index-alignment', 'validation']
# edge_cases = true
# ///
import pandas as pd


def complete_daily_index(df, fill_value=None):
    """Reindex a frame indexed by dates (midnights) to every calendar day in its range.

    Rows are sorted by time; days missing between the first and the last
    timestamp are added with `fill_value` in every column (NaN when None).
    Existing rows are unchanged and an empty frame is returned as is.
    Raises ValueError("duplicate timestamps") when a timestamp repeats.
    """
    if df.index.has_duplicates:
        raise ValueError("duplicate timestamps")
    if df.empty:
        return df
    # asfreq needs a sorted index; it inserts the missing days and fills only those
    return df.sort_index().asfreq("D", fill_value=fill_value)


rainy = weather.loc[weather["rainfall"] > 0, ["rainfall"]]
daily_rain = complete_daily_index(rainy, fill_value=0.0)

try:
    complete_daily_index(pd.DataFrame({"v": [1, 2]}, index=pd.to_datetime(["2024-05-01"] * 2)))
except ValueError as error:
    duplicate_error = str(error)
