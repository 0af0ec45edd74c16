import numpy as np
import pandas as pd

reference_lat = np.arange(-90, 91, 15, dtype=float)
normals = pd.DataFrame({"ref_lat": reference_lat, "normal_temp": 27 - 0.5 * np.abs(reference_lat)})
# the nearest grid latitude by rounding to the 15-degree grid; .5 rounds down (the lower latitude)
nearest = np.ceil((stations["lat"].to_numpy() + 90) / 15 - 0.5) * 15 - 90
lookup = normals.set_index("ref_lat")["normal_temp"]
with_normals = stations.assign(normal_temp=lookup.reindex(nearest).to_numpy())
with_normals["anomaly"] = with_normals["temperature"] - with_normals["normal_temp"]
