# /// example
# task = """
# Treat the `lat` and `lon` columns of `stations` as planar coordinates (degrees) and find the \
# point that minimises the sum of straight-line distances to all stations (the geometric \
# median), with `minimize` and the Nelder-Mead method starting from the centroid (tolerances \
# 1e-10 on the point and on the objective, at most 5000 iterations). Store (lat, lon) in \
# `median_point` and the summed distance in `total_distance`."""
# prompt = """
# Where should a service depot go so that the total straight-line distance to all my `stations` \
# is smallest? Use their `lat`/`lon` as flat x/y coordinates in degrees, and minimise the sum of \
# distances with Nelder-Mead starting from the centroid (xatol and fatol 1e-10, maxiter 5000). \
# Give me the point as `median_point` (lat, lon) and the summed distance as `total_distance`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy', 'pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'np.isclose(total_distance, np.hypot(stations["lat"].to_numpy() - median_point[0], stations["lon"].to_numpy() - median_point[1]).sum())',
#     # no worse than the centroid, the coordinate-wise median or any single station
#     'all(total_distance <= np.hypot(stations["lat"].to_numpy() - p[0], stations["lon"].to_numpy() - p[1]).sum() * (1 + 1e-6) + 1e-9 for p in [(stations["lat"].mean(), stations["lon"].mean()), (stations["lat"].median(), stations["lon"].median()), *zip(stations["lat"], stations["lon"])])',
#     # the sum of distances is convex, so any run of the stated method reaches its one minimum value
#     # (the centroid, which minimises squared distances, is not enough)
#     'total_distance <= scipy.optimize.minimize(lambda p: np.hypot(stations["lat"].to_numpy() - p[0], stations["lon"].to_numpy() - p[1]).sum(), x0=[stations["lat"].mean(), stations["lon"].mean()], method="Nelder-Mead", options={"xatol": 1e-10, "fatol": 1e-10, "maxiter": 5000}).fun * (1 + 1e-6) + 1e-9',
# ]
# difficulty = 'intermediate'
# tags = ['minimization', 'operations-research']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize

points = stations[["lat", "lon"]].to_numpy(dtype=float)


def total_distance_to(center):
    return np.hypot(*(points - center).T).sum()


# the sum of distances has kinks at the stations, so a derivative-free method is the safe choice
result = optimize.minimize(
    total_distance_to,
    x0=points.mean(axis=0),
    method="Nelder-Mead",
    options={"xatol": 1e-10, "fatol": 1e-10, "maxiter": 5000},
)
median_point = result.x
total_distance = result.fun
