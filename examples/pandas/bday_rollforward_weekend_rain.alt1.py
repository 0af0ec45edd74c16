from pandas.tseries.offsets import BusinessDay

next_business_day = BusinessDay().rollforward
booked = weather.assign(booked_on=weather.index.map(next_business_day))
booked_rain = booked.groupby("booked_on")["rainfall"].sum()
