# /// example
# task = """
# Read values from `weather` with the four indexers: the temperature on its first date with `.at` \
# (`first_temp`), the rainfall of the last row with `.iat` (`last_rain`), the last 7 rows with \
# `.iloc` (`last_week`) and the first 10 calendar days with a `.loc` date slice (`first_days`)."""
# prompt = """
# I want to practise pandas' four indexers on `weather` (daily DatetimeIndex): get the \
# temperature on its first date with `.at` (`first_temp`), the rainfall of the last row with \
# `.iat` (`last_rain`), the last 7 rows by position with `.iloc` (`last_week`), and the first 10 \
# calendar days (dates before the first date plus 10 days) with a `.loc` date slice \
# (`first_days`)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'first_temp == weather["temperature"].iloc[0]',
#     'last_rain == weather["rainfall"].iloc[-1]',
#     'len(last_week) == min(7, len(weather)) and last_week.index[-1] == weather.index[-1]',
#     'first_days.index.equals(weather.index[weather.index < weather.index[0] + pd.Timedelta(days=10)])',
# ]
# difficulty = 'basic'
# tags = ['indexing']
# edge_cases = true
# ///
import pandas as pd

first_date = weather.index[0]
first_temp = weather.at[first_date, "temperature"]
# .iat takes positions only, so the column label is turned into its position first
last_rain = weather.iat[-1, weather.columns.get_loc("rainfall")]
last_week = weather.iloc[-7:]
# a .loc label slice includes its end point, so adding 9 days covers ten calendar days
first_days = weather.loc[first_date : first_date + pd.Timedelta(days=9)]
