# /// example
# task = """
# The table `stations` lists weather stations with `station` (name), `lat` and `lon` (degrees). \
# Compute the great-circle distance between every pair of stations with the haversine formula on \
# a sphere of radius 6371 km, vectorised with NumPy, into `dist_km` (an n x n array in the row \
# order of `stations`). Then store in `nearest` a Series indexed by station name giving the name \
# of each station's nearest other station, and in `nearest_km` (same index) the distance to it; \
# with a single station both hold a missing value."""
# prompt = """
# I have station coordinates in `stations` (`station` name, `lat`, `lon` in degrees). Please build \
# the full matrix of great-circle distances in km with the haversine formula (Earth radius 6371 \
# km) using NumPy broadcasting, as an n x n array `dist_km` in the table's row order. For each \
# station I also need the name of the closest other station in a Series `nearest` indexed by \
# station name, and the distance to it in `nearest_km` (same index). If there's only one station, \
# leave both missing."""
# domain = 'data_processing'
# libraries = ['numpy', 'pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'dist_km.shape == (len(stations), len(stations))',
#     # haversine distances from scikit-learn, which take (lat, lon) in radians
#     "np.allclose(dist_km, 6371 * sklearn.metrics.pairwise.haversine_distances(np.radians(stations[['lat', 'lon']].to_numpy())), atol=1e-6)",
#     "list(nearest.index) == list(stations['station']) and list(nearest_km.index) == list(stations['station'])",
#     # any of several equally near stations is right: the chosen one must be at the smallest distance to another station
#     "len(stations) < 2 or all(np.isclose(nearest_km.iloc[i], np.delete(dist_km[i], i).min(), atol=1e-6) and nearest.iloc[i] != stations['station'].iloc[i] and np.isclose(dist_km[i, list(stations['station']).index(nearest.iloc[i])], nearest_km.iloc[i], atol=1e-6) for i in range(len(stations)))",
#     'len(stations) > 1 or (pd.isna(nearest.iloc[0]) and pd.isna(nearest_km.iloc[0]))',
# ]
# difficulty = 'intermediate'
# tags = ['applied-science', 'derived-columns', 'sorting']
# edge_cases = true
# ///
import numpy as np
import pandas as pd

lat = np.radians(stations["lat"].to_numpy())
lon = np.radians(stations["lon"].to_numpy())
dlat = lat[:, None] - lat[None, :]
dlon = lon[:, None] - lon[None, :]
a = np.sin(dlat / 2) ** 2 + np.cos(lat[:, None]) * np.cos(lat[None, :]) * np.sin(dlon / 2) ** 2
# rounding can push a slightly above 1 for antipodal points, where arcsin is undefined
dist_km = 2 * 6371 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))

names = stations["station"].to_numpy()
if len(stations) > 1:
    # a station is not its own neighbour
    others = dist_km + np.diag(np.full(len(stations), np.inf))
    closest = others.argmin(axis=1)
    nearest = pd.Series(names[closest], index=names, dtype="string")
    nearest_km = pd.Series(others.min(axis=1), index=names)
else:
    nearest = pd.Series(pd.NA, index=names, dtype="string")
    nearest_km = pd.Series(np.nan, index=names)
