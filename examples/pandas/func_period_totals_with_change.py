# /// example
# task = '''
# Write a function `period_totals` with the signature and docstring below, then compute the
# monthly rainfall totals of `weather` (daily DatetimeIndex, column `rainfall`) with their
# month-over-month change, storing the table in `monthly_rain`.
#
# ```python
# def period_totals(values, freq):
#     """Totals of `values` per calendar period and their change.
#
#     values is a Series with a DatetimeIndex (any order, gaps allowed); freq
#     is a period alias such as "M" or "Q". Returns a DataFrame indexed by
#     every period from the first to the last one present (a PeriodIndex,
#     empty periods included with total 0) with the columns `total` and
#     `change`: the relative change against the previous period's total
#     (NaN for the first period and after a period whose total is 0).
#     """
# ```'''
# prompt = """
# Please write `period_totals(values, freq)`: given a Series on a DatetimeIndex (unsorted, with \
# gaps) and a period alias like "M" or "Q", return a frame indexed by all periods from the first \
# to the last (PeriodIndex, empty ones with total 0) with `total` and `change`, the relative \
# change vs the previous period (NaN for the first one and when the previous total is 0). Then \
# run it on the `rainfall` of my `weather` data per month ("M") into `monthly_rain`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { weather = 'weather' }
# checks = [
#     # March is empty: it appears with total 0, and April's change after a zero total is NaN
#     '[str(p) for p in period_totals(pd.Series([2.0, 3.0, 1.0, 4.0], index=pd.to_datetime(["2024-02-10", "2024-01-05", "2024-01-20", "2024-04-01"])), "M").index] == ["2024-01", "2024-02", "2024-03", "2024-04"]',
#     'np.allclose(period_totals(pd.Series([2.0, 3.0, 1.0, 4.0], index=pd.to_datetime(["2024-02-10", "2024-01-05", "2024-01-20", "2024-04-01"])), "M")[["total", "change"]].to_numpy(dtype=float), [[4.0, np.nan], [2.0, -0.5], [0.0, -1.0], [4.0, np.nan]], equal_nan=True)',
#     'np.allclose(period_totals(pd.Series([1.0, 1.0, 3.0], index=pd.to_datetime(["2023-11-30", "2024-01-02", "2024-04-15"])), "Q")["total"].to_numpy(dtype=float), [1.0, 1.0, 3.0]) and [str(p) for p in period_totals(pd.Series([1.0, 1.0, 3.0], index=pd.to_datetime(["2023-11-30", "2024-01-02", "2024-04-15"])), "Q").index] == ["2023Q4", "2024Q1", "2024Q2"]',
#     'np.allclose(period_totals(pd.Series([5.0], index=pd.to_datetime(["2024-06-30"])), "M").to_numpy(dtype=float), [[5.0, np.nan]], equal_nan=True)',
#     '[str(p) for p in monthly_rain.index] == [str(p) for p in pd.period_range(weather.index.min(), weather.index.max(), freq="M")]',
#     'np.allclose(monthly_rain["total"].to_numpy(dtype=float), [weather.loc[weather.index.strftime("%Y-%m") == str(p), "rainfall"].sum() for p in monthly_rain.index])',
#     'np.allclose(monthly_rain["change"].to_numpy(dtype=float)[1:], [b / a - 1 if a != 0 else np.nan for a, b in zip(monthly_rain["total"].to_numpy(dtype=float)[:-1], monthly_rain["total"].to_numpy(dtype=float)[1:])], equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'resampling', 'lags', 'datetime']
# edge_cases = true
# ///
import pandas as pd


def period_totals(values, freq):
    """Totals of `values` per calendar period and their change.

    values is a Series with a DatetimeIndex (any order, gaps allowed); freq
    is a period alias such as "M" or "Q". Returns a DataFrame indexed by
    every period from the first to the last one present (a PeriodIndex,
    empty periods included with total 0) with the columns `total` and
    `change`: the relative change against the previous period's total
    (NaN for the first period and after a period whose total is 0).
    """
    periods = values.index.to_period(freq)
    totals = values.groupby(periods).sum()
    # period_range lists every period in the span, so empty ones appear with 0
    every_period = pd.period_range(periods.min(), periods.max(), freq=freq)
    totals = totals.reindex(every_period, fill_value=0.0)
    previous = totals.shift(1)
    change = (totals / previous.where(previous != 0)) - 1
    return pd.DataFrame({"total": totals, "change": change}).astype(float)


monthly_rain = period_totals(weather["rainfall"], "M")
