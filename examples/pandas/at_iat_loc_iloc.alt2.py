import pandas as pd

first_temp = weather.at[weather.index.min(), "temperature"]
last_rain = weather["rainfall"].iat[-1]
last_week = weather.iloc[len(weather) - 7 :] if len(weather) > 7 else weather.iloc[:]

# date strings slice whole calendar days, both ends included
start = weather.index[0]
end = start + pd.DateOffset(days=9)
first_days = weather.loc[start.strftime("%Y-%m-%d") : end.strftime("%Y-%m-%d")]
