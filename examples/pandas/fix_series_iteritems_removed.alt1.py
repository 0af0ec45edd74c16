temperature_by_station = stations.set_index("station")["temperature"].to_dict()
