sensor["sensor_a_prev"] = sensor["sensor_a"].shift(freq="D").reindex(sensor.index)
