metadata = stations.loc[:, stations.columns != "temperature"]
