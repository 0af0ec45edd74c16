# /// example
# task = '''
# Write a function `ohlc_bars` with the signature and docstring below, then build bars of
# 1 minute from the trades `ticks` built in the code as shown, storing them in `bars` (bars
# 09:30, 09:31 and 09:33: the minute 09:32 has no trades).
#
# ```python
# def ohlc_bars(ticks, freq):
#     """Open/high/low/close of `price` and summed `size` per time bin.
#
#     ticks has a sorted DatetimeIndex and the columns "price" and "size".
#     Bins of length `freq` (an offset alias such as "1min") start on the
#     bin boundary and are labelled by their start. Returns a DataFrame with
#     the columns open, high, low, close, volume in that order; bins without
#     trades are dropped. Empty ticks give an empty frame with those columns.
#     """
#
# ticks = pd.DataFrame(
#     {"price": [100.0, 100.4, 99.8, 100.1, 101.0, 100.7],
#      "size": [5, 2, 8, 1, 4, 3]},
#     index=pd.to_datetime(["2024-05-02 09:30:05", "2024-05-02 09:30:40", "2024-05-02 09:30:59",
#                           "2024-05-02 09:31:00", "2024-05-02 09:33:10", "2024-05-02 09:33:50"]),
# )
# ```'''
# prompt = """
# I turn trade ticks into candles. Could you write `ohlc_bars(ticks, freq)`: ticks has a sorted \
# DatetimeIndex with `price` and `size`; per bin of `freq` (bins start on the boundary and are \
# labelled by their start) return open, high, low, close of the price and the summed size as \
# `volume`, columns in that order, with empty bins left out and an empty frame with those \
# columns for no ticks. Then make 1-minute bars ("1min") of these `ticks` into `bars`; I expect \
# bars at 09:30, 09:31 and 09:33:
#
# ```python
# ticks = pd.DataFrame(
#     {"price": [100.0, 100.4, 99.8, 100.1, 101.0, 100.7],
#      "size": [5, 2, 8, 1, 4, 3]},
#     index=pd.to_datetime(["2024-05-02 09:30:05", "2024-05-02 09:30:40", "2024-05-02 09:30:59",
#                           "2024-05-02 09:31:00", "2024-05-02 09:33:10", "2024-05-02 09:33:50"]),
# )
# ```"""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(bars.columns) == ["open", "high", "low", "close", "volume"]',
#     # the 09:31:00 trade opens the 09:31 bar; 09:32 has no trades and is dropped
#     '[str(stamp)[11:16] for stamp in bars.index] == ["09:30", "09:31", "09:33"]',
#     'np.allclose(bars.to_numpy(dtype=float), [[100.0, 100.4, 99.8, 99.8, 15], [100.1, 100.1, 100.1, 100.1, 1], [101.0, 101.0, 100.7, 100.7, 7]])',
#     'np.allclose(ohlc_bars(pd.DataFrame({"price": [5.0, 7.0, 6.0], "size": [1, 1, 2]}, index=pd.to_datetime(["2024-01-01 10:00", "2024-01-01 10:10", "2024-01-01 11:59"])), "1h").to_numpy(dtype=float), [[5.0, 7.0, 5.0, 7.0, 2], [6.0, 6.0, 6.0, 6.0, 2]])',
#     'ohlc_bars(pd.DataFrame({"price": [5.0, 7.0, 6.0], "size": [1, 1, 2]}, index=pd.to_datetime(["2024-01-01 10:00", "2024-01-01 10:10", "2024-01-01 11:59"])), "1h").index.tolist() == [pd.Timestamp("2024-01-01 10:00"), pd.Timestamp("2024-01-01 11:00")]',
#     'np.allclose(ohlc_bars(pd.DataFrame({"price": [2.0, 3.0, 1.5], "size": [10, 20, 30]}, index=pd.to_datetime(["2024-01-01 10:00:00", "2024-01-01 10:14:59", "2024-01-01 10:15:00"])), "15min").to_numpy(dtype=float), [[2.0, 3.0, 2.0, 3.0, 30], [1.5, 1.5, 1.5, 1.5, 30]])',
#     'ohlc_bars(pd.DataFrame({"price": pd.Series([], dtype=float), "size": pd.Series([], dtype=int)}, index=pd.DatetimeIndex([])), "1min").empty and list(ohlc_bars(pd.DataFrame({"price": pd.Series([], dtype=float), "size": pd.Series([], dtype=int)}, index=pd.DatetimeIndex([])), "1min").columns) == ["open", "high", "low", "close", "volume"]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'resampling', 'aggregation', 'time-series']
# ///
import pandas as pd


def ohlc_bars(ticks, freq):
    """Open/high/low/close of `price` and summed `size` per time bin.

    ticks has a sorted DatetimeIndex and the columns "price" and "size".
    Bins of length `freq` (an offset alias such as "1min") start on the
    bin boundary and are labelled by their start. Returns a DataFrame with
    the columns open, high, low, close, volume in that order; bins without
    trades are dropped. Empty ticks give an empty frame with those columns.
    """
    binned = ticks.resample(freq)
    bars = binned["price"].ohlc()
    bars["volume"] = binned["size"].sum()
    # resample emits every bin between the first and last trade; an empty bin has no open
    return bars[bars["open"].notna()]


ticks = pd.DataFrame(
    {"price": [100.0, 100.4, 99.8, 100.1, 101.0, 100.7], "size": [5, 2, 8, 1, 4, 3]},
    index=pd.to_datetime(
        [
            "2024-05-02 09:30:05",
            "2024-05-02 09:30:40",
            "2024-05-02 09:30:59",
            "2024-05-02 09:31:00",
            "2024-05-02 09:33:10",
            "2024-05-02 09:33:50",
        ]
    ),
)
bars = ohlc_bars(ticks, "1min")
