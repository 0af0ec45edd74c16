top5 = stations.nlargest(n=5, columns="temperature", keep="first")
bottom5 = stations.nsmallest(n=5, columns="elevation_m", keep="first")
