capped = stations.copy()
for column in stations.columns.drop("station"):
    low, high = stations[column].quantile([0.05, 0.95])
    capped[column] = stations[column].clip(low, high)
