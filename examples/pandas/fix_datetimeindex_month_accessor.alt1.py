monthly_temp = weather["temperature"].groupby(weather.index.month).mean()
