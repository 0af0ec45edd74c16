# /// example
# task = '''
# Write a function `change_vs_week_before` with the signature and docstring below, then compute
# it for the daily `sensor_a` readings of `sensor`, storing the result in `weekly_change_a`.
#
# ```python
# def change_vs_week_before(series):
#     """Relative change of each value against the value exactly 7 days earlier.
#
#     series has a DatetimeIndex (sorted, possibly with missing days). Matches
#     by date, not by row position: value(t) / value(t - 7 days) - 1, NaN when
#     there is no value dated 7 days earlier. Returns a Series with the same
#     index as `series`.
#     """
# ```'''
# prompt = """
# I want week-over-week change on daily data that has holes, so shifting by 7 rows is wrong. \
# Please write `change_vs_week_before(series)` for a Series with a sorted DatetimeIndex that \
# returns value / value 7 calendar days earlier - 1, NaN when that date is absent, on the same \
# index. Then run it on `sensor["sensor_a"]` of my `sensor` frame into `weekly_change_a`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     # 2024-01-10 has no reading 7 days earlier (2024-01-03 is missing); 7 rows back would be 2024-01-01
#     'np.allclose(change_vs_week_before(pd.Series([10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 20.0, 22.0], index=pd.to_datetime(["2024-01-01", "2024-01-02", "2024-01-04", "2024-01-05", "2024-01-06", "2024-01-07", "2024-01-08", "2024-01-09", "2024-01-10"]))).to_numpy(dtype=float), [np.nan] * 6 + [0.6, 20.0 / 11.0 - 1, np.nan], equal_nan=True)',
#     'change_vs_week_before(pd.Series([1.0, 2.0], index=pd.to_datetime(["2024-03-01", "2024-03-08"]))).index.equals(pd.to_datetime(pd.Index(["2024-03-01", "2024-03-08"]))) and np.allclose(change_vs_week_before(pd.Series([1.0, 2.0], index=pd.to_datetime(["2024-03-01", "2024-03-08"]))).to_numpy(dtype=float), [np.nan, 1.0], equal_nan=True)',
#     'np.isnan(change_vs_week_before(pd.Series([5.0], index=pd.to_datetime(["2024-03-01"])))).all()',
#     'weekly_change_a.index.equals(sensor.index)',
#     'np.allclose(np.asarray(weekly_change_a, dtype=float), np.r_[np.full(min(7, len(sensor)), np.nan), sensor["sensor_a"].to_numpy(dtype=float)[7:] / sensor["sensor_a"].to_numpy(dtype=float)[:-7] - 1], equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'lags', 'time-series', 'index-alignment']
# edge_cases = true
# ///


def change_vs_week_before(series):
    """Relative change of each value against the value exactly 7 days earlier.

    series has a DatetimeIndex (sorted, possibly with missing days). Matches
    by date, not by row position: value(t) / value(t - 7 days) - 1, NaN when
    there is no value dated 7 days earlier. Returns a Series with the same
    index as `series`.
    """
    # shift(freq=) moves the timestamps; reindexing back matches values by date
    week_before = series.shift(freq="7D").reindex(series.index)
    return series / week_before - 1


weekly_change_a = change_vs_week_before(sensor["sensor_a"])
