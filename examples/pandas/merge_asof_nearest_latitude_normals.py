# /// example
# task = """
# The table `normals` built in the code gives a reference temperature every 15 degrees of \
# latitude (-90 to 90). Attach to every station of `stations` the `normal_temp` of the reference \
# latitude nearest to its `lat` (on a tie, the lower latitude), then add `anomaly` = \
# `temperature` - `normal_temp`. Store the result in `with_normals`, in the same row order and \
# with the same index as `stations`."""
# prompt = """
# I have climate normals every 15 degrees of latitude from -90 to 90 in a table `normals` \
# (`normal_temp` = 27 - 0.5 * |latitude|). For each station in `stations` I need the normal of \
# the reference latitude nearest to its `lat` (ties go to the lower one) and the `anomaly` = `temperature` - \
# `normal_temp`, as `with_normals` with the stations' row order and index."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'with_normals.index.equals(stations.index) and list(with_normals["station"]) == list(stations["station"])',
#     '(lambda grid: np.allclose(with_normals["normal_temp"].to_numpy(dtype=float), [27 - 0.5 * abs(grid[np.argmin(np.abs(grid - lat))]) for lat in stations["lat"]]))(np.arange(-90, 91, 15, dtype=float))',
#     'np.allclose(with_normals["anomaly"].to_numpy(dtype=float), stations["temperature"].to_numpy(dtype=float) - with_normals["normal_temp"].to_numpy(dtype=float), equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['merging', 'derived-columns']
# edge_cases = true
# ///
import numpy as np
import pandas as pd

reference_lat = np.arange(-90, 91, 15, dtype=float)
normals = pd.DataFrame({"ref_lat": reference_lat, "normal_temp": 27 - 0.5 * np.abs(reference_lat)})
# merge_asof needs the keys sorted; remember each station's row position to restore the order
ordered = stations.assign(_pos=np.arange(len(stations))).sort_values("lat")
matched = pd.merge_asof(ordered, normals, left_on="lat", right_on="ref_lat", direction="nearest")
with_normals = (
    matched.sort_values("_pos").drop(columns=["_pos", "ref_lat"]).set_axis(stations.index)
)
with_normals["anomaly"] = with_normals["temperature"] - with_normals["normal_temp"]
