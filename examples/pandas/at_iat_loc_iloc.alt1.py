import pandas as pd

first_date = weather.index[0]
first_temp = weather.at[first_date, "temperature"]

# .iat takes positions only, so look up the position of the rainfall column
rain_position = weather.columns.get_loc("rainfall")
last_rain = weather.iat[len(weather) - 1, rain_position]

last_week = weather.iloc[-7:]

# a label slice on a DatetimeIndex includes both ends: day 1 up to day 10
first_days = weather.loc[first_date : first_date + pd.Timedelta(days=9)]
