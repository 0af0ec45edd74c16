# /// example
# task = """
# Count the stations of `stations` in a coarse grid: latitude bands of 60 degrees (edges -90, \
# -30, 30, 90) as rows and longitude bands of 90 degrees (edges -180, -90, 0, 90, 180) as \
# columns, bands closed on the right and the lowest edge included. Store the counts in \
# `grid_counts`, a 3 x 4 table with every cell present (0 for empty cells), bands in increasing \
# order."""
# prompt = """
# How are my `stations` spread over the globe? Please count them in a 3 x 4 grid: latitude \
# bands -90/-30/30/90 down the side, longitude bands -180/-90/0/90/180 across, each band \
# including its upper edge (and the very lowest edge too), as `grid_counts` with zeros for empty \
# cells and the bands in increasing order."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'np.asarray(grid_counts).shape == (3, 4) and np.asarray(grid_counts, dtype=float).sum() == len(stations)',
#     '(lambda lat_band, lon_band: np.array_equal(np.asarray(grid_counts, dtype=int), [[int(((lat_band == i) & (lon_band == j)).sum()) for j in range(4)] for i in range(3)]))(np.clip(np.searchsorted([-90, -30, 30, 90], stations["lat"].to_numpy(), side="left") - 1, 0, 2), np.clip(np.searchsorted([-180, -90, 0, 90, 180], stations["lon"].to_numpy(), side="left") - 1, 0, 3))',
# ]
# difficulty = 'intermediate'
# tags = ['binning', 'counting', 'reshaping']
# edge_cases = true
# ///
import pandas as pd

lat_band = pd.cut(stations["lat"], bins=[-90, -30, 30, 90], include_lowest=True)
lon_band = pd.cut(stations["lon"], bins=[-180, -90, 0, 90, 180], include_lowest=True)
# dropna=False keeps every band combination, empty cells included
grid_counts = pd.crosstab(lat_band, lon_band, dropna=False)
