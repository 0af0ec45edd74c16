# /// example
# task = """
# Draw a histogram of the station elevations `elevation_m` from the table `stations` with the \
# seaborn objects interface on `fig, ax`: 12 equal-width bins over the data range \
# (`so.Hist(bins=12)`), drawn with `so.Bars` (the mark meant for many adjacent bars). Label the \
# axes "elevation (m)" and "stations"."""
# prompt = """
# How are my weather `stations` spread over altitude? Histogram of `elevation_m` in 12 equal bins \
# spanning the data, using seaborn.objects with the Bars mark, on `fig, ax`; x label \
# "elevation (m)", y label "stations"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     # so.Bars draws one PatchCollection of bar rectangles in data units, leaving out empty bins
#     '(lambda paths, counts: len(paths) == np.count_nonzero(counts) and np.allclose(sorted(p.vertices[:, 1].max() for p in paths), np.sort(counts[counts > 0])))([q for c in ax.collections for q in c.get_paths()], np.histogram(stations["elevation_m"].dropna(), bins=12)[0])',
#     # each drawn bar spans one of the 12 equal bins of the data range
#     '(lambda paths, counts, edges: np.allclose(sorted((p.vertices[:, 0].min(), p.vertices[:, 0].max()) for p in paths), np.column_stack([edges[:-1], edges[1:]])[counts > 0]))([q for c in ax.collections for q in c.get_paths()], *np.histogram(stations["elevation_m"].dropna(), bins=12))',
#     'figure_summary(fig).axes[0].xlabel == "elevation (m)" and figure_summary(fig).axes[0].ylabel == "stations"',
# ]
# difficulty = 'basic'
# tags = ['histogram', 'binning']
# edge_cases = { min_size = 1, nan = false, why = "a histogram needs at least one elevation" }
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots(figsize=(6, 3.5))
(
    so.Plot(stations.reset_index(drop=True), x="elevation_m")
    # Bars draws all bins as one collection and thins the edges when bars are narrow
    .add(so.Bars(), so.Hist(bins=12))
    .label(x="elevation (m)", y="stations", title="Station elevations")
    .on(ax)
    .plot()
)
