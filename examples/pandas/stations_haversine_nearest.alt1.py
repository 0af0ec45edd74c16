import numpy as np
import pandas as pd
from sklearn.metrics.pairwise import haversine_distances

coords = np.deg2rad(stations[["lat", "lon"]].to_numpy())
dist_km = haversine_distances(coords) * 6371.0
names = stations["station"].to_numpy()
n = len(names)
masked = np.where(np.eye(n, dtype=bool), np.inf, dist_km)
if n < 2:
    nearest = pd.Series([pd.NA] * n, index=names, dtype="string")
    nearest_km = pd.Series([np.nan] * n, index=names)
else:
    idx = np.argmin(masked, axis=1)
    nearest = pd.Series(names[idx], index=names)
    nearest_km = pd.Series(masked[np.arange(n), idx], index=names)
