# /// example
# task = """
# Simulate elevations `elevation` at 150 irregularly placed stations (`lon`, `lat` in [0, 10]) \
# and map them with filled contours on the Delaunay triangulation (`tricontourf`, 12 levels, \
# "terrain"), mark the stations with small black dots (legend entry "stations") and add a \
# colorbar labelled "elevation (m)"; keep the ContourSet in `filled`, label the axes and title. \
# Keep the figure in `fig`."""
# prompt = """
# Simulate elevations `elevation` at 150 irregularly placed stations (`lon`, `lat` in [0, 10]) \
# and map them with filled contours on the Delaunay triangulation (12 levels, "terrain" \
# colormap). Mark the stations with small black dots (legend entry "stations"), add a colorbar \
# labelled "elevation (m)", keep the contour set in `filled`, label the axes, add a title, and \
# keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'filled.levels[0] <= elevation.min() and filled.levels[-1] >= elevation.max()',
#     'lon.shape == lat.shape == elevation.shape == (150,)',
#     'lon.min() >= 0 and lat.min() >= 0 and lon.max() <= 10 and lat.max() <= 10',
#     # the stations are drawn as points (with plot or scatter) at their coordinates
#     'any(len(xy) == len(lon) and np.allclose(xy, np.column_stack([lon, lat])) for xy in list(figure_summary(fig).axes[0].lines_xy) + list(figure_summary(fig).axes[0].scatter_xy))',
#     "figure_summary(fig).axes[0].legend_labels == ['stations']",
#     'figure_summary(fig).has_colorbar',
#     "figure_summary(fig).colorbar_labels == ['elevation (m)']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'advanced'
# tags = ['field-plot', 'colorbar']
# ///
import matplotlib.pyplot as plt
import numpy as np

rng = np.random.default_rng(5)
lon, lat = rng.uniform(0, 10, (2, 150))
elevation = 800 * np.exp(-((lon - 6) ** 2 + (lat - 4) ** 2) / 8) + 50 * lat

fig, ax = plt.subplots()
# tricontourf interpolates on triangles, so no regular grid is needed
filled = ax.tricontourf(lon, lat, elevation, levels=12, cmap="terrain")
ax.plot(lon, lat, "k.", markersize=3, label="stations")
ax.set_xlabel("longitude (°)")
ax.set_ylabel("latitude (°)")
ax.set_title("Elevation from scattered stations")
ax.legend(loc="upper left")
fig.colorbar(filled, ax=ax, label="elevation (m)")
