# /// example
# task = """
# Build the 4-hourly meter readings below as the Series `meter` (name `kwh`, DatetimeIndex) and \
# total them per "meter day", which runs from 06:00 to 06:00 the next day, into `daily`: a \
# Series indexed by each meter day's 06:00 start; a reading at 06:00 opens the new meter day.
#
# ```text
# 2024-03-01 02:00:00     1.0
# 2024-03-01 06:00:00     2.0
# 2024-03-01 10:00:00     3.0
# 2024-03-01 14:00:00     4.0
# 2024-03-01 18:00:00     5.0
# 2024-03-01 22:00:00     6.0
# 2024-03-02 02:00:00     7.0
# 2024-03-02 06:00:00     8.0
# 2024-03-02 10:00:00     9.0
# 2024-03-02 14:00:00    10.0
# 2024-03-02 18:00:00    11.0
# 2024-03-02 22:00:00    12.0
# Freq: 4h, Name: kwh, dtype: float64
# ```
#
# Wanted `daily`:
#
# ```text
# 2024-02-29 06:00:00     1.0
# 2024-03-01 06:00:00    27.0
# 2024-03-02 06:00:00    50.0
# ```"""
# prompt = """
# Our utility bills energy per day running 06:00 to 06:00, not midnight to midnight. From my \
# 4-hourly `meter` readings (kWh)
#
# ```text
# 2024-03-01 02:00:00     1.0
# 2024-03-01 06:00:00     2.0
# 2024-03-01 10:00:00     3.0
# 2024-03-01 14:00:00     4.0
# 2024-03-01 18:00:00     5.0
# 2024-03-01 22:00:00     6.0
# 2024-03-02 02:00:00     7.0
# 2024-03-02 06:00:00     8.0
# 2024-03-02 10:00:00     9.0
# 2024-03-02 14:00:00    10.0
# 2024-03-02 18:00:00    11.0
# 2024-03-02 22:00:00    12.0
# Freq: 4h, Name: kwh, dtype: float64
# ```
#
# I want the billing-day totals `daily`, labelled by each day's 06:00 start (a 06:00 reading \
# counts for the day it starts):
#
# ```text
# 2024-02-29 06:00:00     1.0
# 2024-03-01 06:00:00    27.0
# 2024-03-02 06:00:00    50.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(daily.index) == [pd.Timestamp("2024-02-29 06:00"), pd.Timestamp("2024-03-01 06:00"), pd.Timestamp("2024-03-02 06:00")]',
#     'np.allclose(daily.to_numpy(dtype=float), [1.0, 27.0, 50.0])',
# ]
# difficulty = 'intermediate'
# tags = ['resampling', 'time-series', 'aggregation']
# ///
import pandas as pd

meter = pd.Series(
    [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0],
    index=pd.date_range("2024-03-01 02:00", periods=12, freq="4h"),
    name="kwh",
)
# offset shifts the daily bin edges from midnight to 06:00
daily = meter.resample("D", offset="6h").sum()
