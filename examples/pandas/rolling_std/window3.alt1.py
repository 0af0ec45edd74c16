# rolling over the frame computes every channel; keep the one we need
volatility = sensor.rolling(window=3, min_periods=3).std()["sensor_a"]
