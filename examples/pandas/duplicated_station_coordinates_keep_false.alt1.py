site_size = stations.groupby(["lat", "lon"])["station"].transform("size")
shared_site = site_size > 1
suspect_ids = stations["station"][shared_site].sort_values().tolist()
