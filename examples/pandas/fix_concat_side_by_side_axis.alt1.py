combined = sensor.join(sensor.rolling(3).mean().add_suffix("_smooth"))
