# /// example
# task = '''
# Write a function `haversine_km` with the signature and docstring below, then use it to add a \
# column `km_from_first` to a copy `with_distance` of the station table `stations` (`lat`, `lon` \
# in degrees): each station's distance from the first station of the table.
#
# ```python
# def haversine_km(lat1, lon1, lat2, lon2, radius=6371.0):
#     """Great-circle distance in km between points given in degrees.
#
#     Works on scalars and on NumPy arrays or pandas Series (broadcasting like
#     NumPy). Uses the haversine formula on a sphere of the given radius;
#     identical points give 0.0 and antipodal points pi * radius.
#     """
# ```'''
# prompt = """
# I need a reusable `haversine_km(lat1, lon1, lat2, lon2, radius=6371.0)` returning the \
# great-circle distance in km between points given in degrees, via the haversine formula. It \
# should broadcast over NumPy arrays or pandas Series as well as take plain numbers, give 0.0 for \
# identical points and pi * radius for antipodal ones (no NaN from rounding). Then add a \
# `km_from_first` column to a copy `with_distance` of my station table `stations` (`lat`, `lon`) \
# with every station's distance from the first station."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['numpy', 'pandas']
# inputs = { stations = 'stations' }
# checks = [
#     # London to Paris against scikit-learn's haversine distance on the unit sphere
#     'np.isclose(haversine_km(51.5074, -0.1278, 48.8566, 2.3522), 6371.0 * sklearn.metrics.pairwise.haversine_distances(np.radians([[51.5074, -0.1278]]), np.radians([[48.8566, 2.3522]]))[0, 0])',
#     'np.isclose(haversine_km(0.0, 0.0, 0.0, 180.0), np.pi * 6371.0) and np.isclose(haversine_km(90.0, 0.0, -90.0, 0.0, radius=1.0), np.pi)',
#     'haversine_km(-33.9, 18.4, -33.9, 18.4) == 0.0',
#     'np.allclose(haversine_km(np.array([0.0, 10.0]), np.array([0.0, 0.0]), 0.0, 0.0), [0.0, 6371.0 * np.radians(10.0)])',
#     'with_distance.index.equals(stations.index) and list(with_distance.columns) == list(stations.columns) + ["km_from_first"]',
#     "np.allclose(with_distance['km_from_first'], 6371.0 * sklearn.metrics.pairwise.haversine_distances(np.radians(stations[['lat', 'lon']].to_numpy()), np.radians(stations[['lat', 'lon']].to_numpy()[:1]))[:, 0], atol=1e-6)",
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'applied-science', 'derived-columns']
# edge_cases = true
# ///
import numpy as np


def haversine_km(lat1, lon1, lat2, lon2, radius=6371.0):
    """Great-circle distance in km between points given in degrees.

    Works on scalars and on NumPy arrays or pandas Series (broadcasting like
    NumPy). Uses the haversine formula on a sphere of the given radius;
    identical points give 0.0 and antipodal points pi * radius.
    """
    phi1, phi2 = np.radians(lat1), np.radians(lat2)
    dphi = phi2 - phi1
    dlambda = np.radians(lon2) - np.radians(lon1)
    a = np.sin(dphi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(dlambda / 2) ** 2
    # rounding can push a just above 1 for antipodal points, where arcsin is undefined
    return 2 * radius * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


first = stations.iloc[0]
with_distance = stations.copy()
with_distance["km_from_first"] = haversine_km(
    first["lat"], first["lon"], stations["lat"], stations["lon"]
)
