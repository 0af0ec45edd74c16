# /// example
# task = """
# The rain gauge in `weather` is only read on business days, so rain that falls on a Saturday or \
# Sunday is booked on the following Monday. Shift every date of `weather` to the next business \
# day (a business day stays where it is) with a `pd.offsets.BDay` offset, and sum `rainfall` per \
# booking date into the Series `booked_rain`, indexed by the business days."""
# prompt = """
# Our rain gauge (`weather`) is only read on weekdays, so weekend rain gets booked on the \
# following Monday. Move each date to the next business day (weekdays stay put) and total \
# `rainfall` per booking date into a Series `booked_rain` indexed by those business days."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { weather = 'weather' }
# checks = [
#     'isinstance(booked_rain.index, pd.DatetimeIndex) and (booked_rain.index.dayofweek < 5).all()',
#     'np.isclose(booked_rain.sum(), weather["rainfall"].sum())',
#     # numpy's business-day roll is an independent reference for the booking date
#     'np.allclose(booked_rain.reindex(pd.DatetimeIndex(np.busday_offset(weather.index.to_numpy().astype("datetime64[D]"), 0, roll="forward")).unique()).to_numpy(), weather["rainfall"].groupby(np.busday_offset(weather.index.to_numpy().astype("datetime64[D]"), 0, roll="forward")).sum().to_numpy())',
#     'len(booked_rain) == len(np.unique(np.busday_offset(weather.index.to_numpy().astype("datetime64[D]"), 0, roll="forward")))',
# ]
# difficulty = 'intermediate'
# tags = ['datetime', 'time-series', 'aggregation']
# edge_cases = true
# ///
import pandas as pd

# adding BDay(0) rolls a weekend date forward to Monday and leaves business days unchanged
booking_date = weather.index + pd.offsets.BDay(0)
booked_rain = weather["rainfall"].groupby(booking_date).sum()
