import pandas as pd

labels = ["Q1", "Q2", "Q3", "Q4"]
# ranks are all distinct, so the quartile edges never repeat
temperature_rank = stations["temperature"].rank(method="first")
stations["quartile"] = pd.qcut(temperature_rank, q=4, labels=labels)

# observed=False keeps every label, in category order, even if one were empty
quartile_counts = stations.groupby("quartile", observed=False).size()
