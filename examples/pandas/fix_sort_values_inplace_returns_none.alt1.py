import numpy as np

# NaN sorts last in NumPy, as in pandas' default na_position="last"
order = np.argsort(-stations["elevation_m"].to_numpy(dtype=float), kind="stable")
highest = stations.iloc[order[:3]]
