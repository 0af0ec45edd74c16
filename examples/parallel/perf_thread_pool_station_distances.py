# /// example
# task = """
# This double loop computes the great-circle distance (haversine formula, Earth radius 6371 km) \
# from every weather station in `stations` (columns `lat`, `lon` in degrees) to every other one, \
# and stores each station's distance to its nearest neighbour, in km, in `nearest_km`:
#
# ```python
# import math
#
# import numpy as np
#
# lat = np.radians(stations["lat"].to_numpy())
# lon = np.radians(stations["lon"].to_numpy())
# nearest_km = np.full(len(stations), np.inf)
# for i in range(len(stations)):
#     for j in range(len(stations)):
#         if i != j:
#             h = (math.sin((lat[j] - lat[i]) / 2) ** 2
#                  + math.cos(lat[i]) * math.cos(lat[j]) * math.sin((lon[j] - lon[i]) / 2) ** 2)
#             nearest_km[i] = min(nearest_km[i], 2 * 6371 * math.asin(math.sqrt(h)))
# ```
#
# Make it fast: compute whole rows of the distance matrix with NumPy, split the rows into blocks \
# and fill the blocks of one preallocated matrix from a `ThreadPoolExecutor`."""
# prompt = """
# For every station in `stations` (`lat`/`lon` columns, degrees) I want the haversine distance in \
# km (R = 6371) to the closest other station, in `nearest_km`. My double loop:
#
# ```python
# import math
#
# import numpy as np
#
# lat = np.radians(stations["lat"].to_numpy())
# lon = np.radians(stations["lon"].to_numpy())
# nearest_km = np.full(len(stations), np.inf)
# for i in range(len(stations)):
#     for j in range(len(stations)):
#         if i != j:
#             h = (math.sin((lat[j] - lat[i]) / 2) ** 2
#                  + math.cos(lat[i]) * math.cos(lat[j]) * math.sin((lon[j] - lon[i]) / 2) ** 2)
#             nearest_km[i] = min(nearest_km[i], 2 * 6371 * math.asin(math.sqrt(h)))
# ```
#
# gets very slow for thousands of stations. Can I vectorise each row with NumPy and have a thread \
# pool fill blocks of rows of one distance matrix?"""
# task_type = 'performance'
# domain = 'data_processing'
# libraries = ['numpy', 'pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'nearest_km.shape == (len(stations),)',
#     '''np.allclose(nearest_km, [
#         min(
#             2 * 6371 * math.asin(math.sqrt(min(1.0,
#                 math.sin(math.radians(b - a) / 2) ** 2
#                 + math.cos(math.radians(a)) * math.cos(math.radians(b)) * math.sin(math.radians(d - c) / 2) ** 2)))
#             for j, (b, d) in enumerate(zip(stations["lat"], stations["lon"])) if j != i
#         )
#         for i, (a, c) in enumerate(zip(stations["lat"], stations["lon"]))
#     ], rtol=1e-9, atol=1e-6)''',
#     'np.all(nearest_km >= 0) and np.all(nearest_km <= np.pi * 6371 + 1e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'parallelism']
# [edge_cases]
# min_size = 2
# why = 'a nearest other station needs at least two stations'
# ///
from concurrent.futures import ThreadPoolExecutor

import numpy as np

lat = np.radians(stations["lat"].to_numpy())
lon = np.radians(stations["lon"].to_numpy())
distances = np.empty((len(stations), len(stations)))


def fill_rows(rows):
    # haversine for a block of rows against every station at once, written into
    # this block's own rows: no two threads write the same memory, so no lock is needed
    h = (
        np.sin((lat[None, :] - lat[rows, None]) / 2) ** 2
        + np.cos(lat[rows, None])
        * np.cos(lat[None, :])
        * np.sin((lon[None, :] - lon[rows, None]) / 2) ** 2
    )
    distances[rows] = 2 * 6371 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))


with ThreadPoolExecutor(max_workers=2) as executor:
    # list() re-raises any error from the tasks
    list(executor.map(fill_rows, np.array_split(np.arange(len(stations)), 4)))

np.fill_diagonal(distances, np.inf)
nearest_km = distances.min(axis=1)
