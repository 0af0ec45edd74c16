readings = sensor["sensor_a"]
# sample standard deviation (ddof=1) over the last 30 days, NaN until 30 values are in the window
volatility = readings.rolling(30, min_periods=30).std(ddof=1)
