# smooth every column, keep the temperature
ewma = weather.ewm(span=60, adjust=False).mean()["temperature"]
