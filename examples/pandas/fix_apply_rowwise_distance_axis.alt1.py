import numpy as np

EARTH_RADIUS_KM = 6371.0
lat = np.radians(stations["lat"])
lon = np.radians(stations["lon"])
ref_lat, ref_lon = np.radians(51.48), np.radians(0.0)
h = (
    np.sin((ref_lat - lat) / 2) ** 2
    + np.cos(lat) * np.cos(ref_lat) * np.sin((ref_lon - lon) / 2) ** 2
)
stations["distance_km"] = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(h))
