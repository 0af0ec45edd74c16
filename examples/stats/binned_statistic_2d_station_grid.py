# /// example
# task = """
# The weather-station table `stations` has `lat` (degrees, -90 to 90), `lon` (degrees, -180 to \
# 180) and `temperature`. Average the temperature on a coarse grid of 30-degree latitude bands \
# by 60-degree longitude bands (edges -90, -60, ..., 90 and -180, -120, ..., 180; a station on \
# the last edge belongs to the last band). Store the 6 x 6 array of mean temperatures (rows = \
# latitude bands from south to north, columns = longitude bands from west to east, NaN where a \
# cell has no station) in `grid_mean`, the station count per cell in `grid_count`, and the \
# latitude-band index (0 to 5) of every station in `lat_band`."""
# prompt = """
# I have `stations` with `lat`, `lon` and `temperature`. I want a rough map: mean temperature in \
# cells of `30` degrees latitude (from `-90` to `90`) by `60` degrees longitude (from `-180` to \
# `180`), a station exactly on the upper edge going into the last cell. Put the 6 x 6 means in \
# `grid_mean` (rows latitude south to north, columns longitude west to east, NaN for empty \
# cells), the number of stations per cell in `grid_count`, and for every station the index of \
# its latitude band (0-5) in `lat_band`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'np.shape(grid_mean) == (6, 6) and np.shape(grid_count) == (6, 6)',
#     # np.histogram2d uses the same edges and closes the last bin on the right
#     'np.array_equal(np.asarray(grid_count), np.histogram2d(stations["lat"], stations["lon"], bins=[np.arange(-90, 91, 30), np.arange(-180, 181, 60)])[0])',
#     '(lambda e: np.allclose(grid_mean, np.histogram2d(stations["lat"], stations["lon"], bins=e, weights=stations["temperature"])[0] / np.where(np.histogram2d(stations["lat"], stations["lon"], bins=e)[0] > 0, np.histogram2d(stations["lat"], stations["lon"], bins=e)[0], np.nan), equal_nan=True))([np.arange(-90, 91, 30), np.arange(-180, 181, 60)])',
#     'np.array_equal(np.asarray(lat_band), np.clip(np.searchsorted(np.arange(-90, 91, 30), stations["lat"].to_numpy(), side="right") - 1, 0, 5))',
# ]
# difficulty = 'advanced'
# tags = ['binning', 'aggregation', 'descriptive-statistics']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

lat_edges = np.arange(-90, 91, 30)
lon_edges = np.arange(-180, 181, 60)

result = stats.binned_statistic_2d(
    stations["lat"],
    stations["lon"],
    stations["temperature"],
    statistic="mean",
    bins=[lat_edges, lon_edges],
    expand_binnumbers=True,
)
grid_mean = result.statistic
grid_count = stats.binned_statistic_2d(
    stations["lat"], stations["lon"], None, statistic="count", bins=[lat_edges, lon_edges]
).statistic
# expand_binnumbers gives 1-based (lat, lon) bin indices per station; 0 would mean below the edges
lat_band = result.binnumber[0] - 1
