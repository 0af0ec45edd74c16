# /// example
# task = """
# This code should add to the station table `stations` a column `distance_km`: the great-circle \
# (haversine) distance in km from each station (`lat`, `lon` in degrees) to Greenwich (latitude \
# 51.48, longitude 0.0), with an Earth radius of 6371 km, but it raises an error:
#
# ```python
# import numpy as np
#
#
# def distance_to_greenwich(row):
#     lat1, lon1 = np.radians(row["lat"]), np.radians(row["lon"])
#     lat2, lon2 = np.radians(51.48), np.radians(0.0)
#     h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
#     return 2 * 6371 * np.arcsin(np.sqrt(h))
#
#
# stations["distance_km"] = stations.apply(distance_to_greenwich)
# ```
#
# ```text
# KeyError: 'lat'
# ```
#
# Fix it."""
# prompt = """
# I'm computing how far each weather station in `stations` is from Greenwich (51.48, 0.0), \
# haversine with R = 6371 km, into a new column `distance_km`:
#
# ```python
# import numpy as np
#
#
# def distance_to_greenwich(row):
#     lat1, lon1 = np.radians(row["lat"]), np.radians(row["lon"])
#     lat2, lon2 = np.radians(51.48), np.radians(0.0)
#     h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
#     return 2 * 6371 * np.arcsin(np.sqrt(h))
#
#
# stations["distance_km"] = stations.apply(distance_to_greenwich)
# ```
#
# It stops with
#
# ```text
# KeyError: 'lat'
# ```
#
# but `stations` does have a `lat` column. What's going on?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'stations["distance_km"].shape == stations["lat"].shape',
#     'np.allclose(stations["distance_km"], 2 * 6371 * np.arcsin(np.sqrt(np.sin((np.radians(51.48) - np.radians(stations["lat"])) / 2) ** 2 + np.cos(np.radians(stations["lat"])) * np.cos(np.radians(51.48)) * np.sin((0.0 - np.radians(stations["lon"])) / 2) ** 2)), equal_nan=True)',
#     'stations["distance_km"].dropna().between(0, np.pi * 6371 + 1e-6).all()',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'derived-columns']
# edge_cases = true
# ///
import numpy as np


def distance_to_greenwich(row):
    lat1, lon1 = np.radians(row["lat"]), np.radians(row["lon"])
    lat2, lon2 = np.radians(51.48), np.radians(0.0)
    h = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * np.arcsin(np.sqrt(h))


# apply's default axis=0 passes each column to the function; axis=1 passes each row
stations["distance_km"] = stations.apply(distance_to_greenwich, axis=1)
