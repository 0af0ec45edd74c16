station_number = stations["station"].str.removeprefix("ST").astype("int64")
