# resample the whole frame, pick the column, then summarise each week as open/high/low/close
weekly_ohlc = weather.resample("W")["temperature"].ohlc()
