is_weekend = events["timestamp"].dt.day_name().isin(["Saturday", "Sunday"])
