# /// example
# task = """
# The elevation grid `terrain.z` (len(y) rows x len(x) columns) lies on the coordinates \
# `terrain.x` and `terrain.y`. Put it in a DataFrame (rows labelled by y, columns by x), stack \
# it into a long table `points` with the columns `y`, `x` and `z` (one row per grid point), then \
# average `z` over 4 equal-width bands of `y` cut with `pd.cut` (bins=4). Store the band means, \
# in band order, in `band_means`."""
# prompt = """
# I have an elevation grid `z` on coordinates `x` and `y` (z has one row per y value). Please \
# turn it into a long table `points` (`y`, `x`, `z`, one row per grid point) and give me the mean \
# elevation in four equal-width bands of `y` (pd.cut with 4 bins), in band order, as \
# `band_means`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     'len(points) == z.size and np.allclose(points.sort_values(["y", "x"])["z"].to_numpy(dtype=float), z.ravel(), equal_nan=True)',
#     '(lambda band: len(band_means) == 4 and np.allclose(np.asarray(band_means, dtype=float), [np.nanmean(z[band == k]) if (band == k).any() else np.nan for k in range(4)], equal_nan=True))(np.clip(np.searchsorted(np.linspace(y.min(), y.max(), 5), y, side="left") - 1, 0, 3))',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping', 'binning', 'groupby']
# edge_cases = true
# ///
import pandas as pd

grid = pd.DataFrame(z, index=pd.Index(y, name="y"), columns=pd.Index(x, name="x"))
points = grid.stack().rename("z").reset_index()
# bins=4 splits the y range into four equal-width intervals
band = pd.cut(points["y"], bins=4)
band_means = points.groupby(band, observed=False)["z"].mean()
