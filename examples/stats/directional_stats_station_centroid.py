# /// example
# task = """
# The table `stations` has station latitudes `lat` and longitudes `lon` in degrees. Find their \
# spherical mean location: convert each station to a 3-D unit vector, take the mean direction \
# with `directional_stats`, and convert it back. Store the mean latitude and longitude in \
# degrees in `mean_lat` and `mean_lon`, and the mean resultant length (1 when all stations \
# coincide, near 0 when they are spread around the globe) in `concentration`."""
# prompt = """
# Averaging latitudes and longitudes directly goes wrong across the date line, so I want the \
# proper spherical mean of my `stations` (`lat`, `lon` in degrees): unit vectors, their mean \
# direction, back to `mean_lat` / `mean_lon` in degrees, plus the mean resultant length \
# `concentration` as a measure of spread."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy', 'pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'np.isclose(concentration, np.linalg.norm(np.mean(np.c_[np.cos(np.radians(stations.lat)) * np.cos(np.radians(stations.lon)), np.cos(np.radians(stations.lat)) * np.sin(np.radians(stations.lon)), np.sin(np.radians(stations.lat))], axis=0)))',
#     # the mean direction points along the vector sum of the stations
#     'concentration < 1e-9 or np.allclose([np.cos(np.radians(mean_lat)) * np.cos(np.radians(mean_lon)), np.cos(np.radians(mean_lat)) * np.sin(np.radians(mean_lon)), np.sin(np.radians(mean_lat))], np.mean(np.c_[np.cos(np.radians(stations.lat)) * np.cos(np.radians(stations.lon)), np.cos(np.radians(stations.lat)) * np.sin(np.radians(stations.lon)), np.sin(np.radians(stations.lat))], axis=0) / concentration, atol=1e-8)',
#     '-90 <= mean_lat <= 90 and -180 <= mean_lon <= 180',
# ]
# difficulty = 'intermediate'
# tags = ['descriptive-statistics', 'applied-science']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

lat = np.radians(stations["lat"].to_numpy())
lon = np.radians(stations["lon"].to_numpy())
unit_vectors = np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])
result = stats.directional_stats(unit_vectors)
x, y, z = result.mean_direction
# arctan2 keeps the longitude in the right quadrant, including across the date line
mean_lat = np.degrees(np.arcsin(np.clip(z, -1, 1)))
mean_lon = np.degrees(np.arctan2(y, x))
concentration = result.mean_resultant_length
