import numpy as np
import pandas as pd

lat_edges = np.arange(-90, 91, 30)
lon_edges = np.arange(-180, 181, 60)

# a value on an inner edge goes to the band above it; the clip keeps 90 and 180 in the last band
lat_band = np.clip(np.searchsorted(lat_edges, stations["lat"].to_numpy(), side="right") - 1, 0, 5)
lon_band = np.clip(np.searchsorted(lon_edges, stations["lon"].to_numpy(), side="right") - 1, 0, 5)

cells = pd.DataFrame(
    {"lat_band": lat_band, "lon_band": lon_band, "temperature": stations["temperature"].to_numpy()}
)
summary = cells.groupby(["lat_band", "lon_band"])["temperature"].agg(["sum", "size"])
full_index = pd.MultiIndex.from_product([range(6), range(6)], names=["lat_band", "lon_band"])
summary = summary.reindex(full_index, fill_value=0)
grid_count = summary["size"].to_numpy().reshape(6, 6)
grid_mean = np.where(
    grid_count > 0, summary["sum"].to_numpy().reshape(6, 6) / np.maximum(grid_count, 1), np.nan
)
