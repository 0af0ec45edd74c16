# /// example
# task = """
# Dates arrive as day-first strings: `raw_dates` holds the dates of `weather` formatted as \
# `%d/%m/%Y`, with the last entry corrupted to the impossible date `31/02/2023`. Parse them with \
# `pd.to_datetime(format="%d/%m/%Y", errors="coerce")` into `dates` and count the entries that \
# could not be parsed in `n_bad_dates`."""
# prompt = """
# Dates arrive as day-first strings: build `raw_dates` from the dates of `weather` formatted as \
# "%d/%m/%Y", with the last entry corrupted to the impossible date "31/02/2023". Parse them with \
# that explicit format, turning anything unparseable into NaT instead of raising, into a Series \
# `dates`, and count the entries that couldn't be parsed in `n_bad_dates`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'n_bad_dates == 1',
#     'pd.isna(dates.iloc[-1])',
#     'pd.DatetimeIndex(dates.iloc[:-1]).equals(weather.index[:-1])',
# ]
# difficulty = 'intermediate'
# tags = ['datetime', 'parsing', 'data-cleaning']
# edge_cases = true
# ///
import pandas as pd

raw_dates = pd.Series(weather.index.strftime("%d/%m/%Y"))
raw_dates.iloc[-1] = "31/02/2023"
# an explicit format avoids guessing month-first; errors="coerce" turns 31/02/2023 into NaT
dates = pd.to_datetime(raw_dates, format="%d/%m/%Y", errors="coerce")
n_bad_dates = int(dates.isna().sum())
