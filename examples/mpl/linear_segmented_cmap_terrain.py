# /// example
# task = """
# Build a custom colormap `land_cmap` that runs evenly through "#1a9850" (low), "#fee08b", \
# "#8c510a" and "#ffffff" (high) with 256 entries, then draw filled contours of the elevation \
# grid `z` over `x` (columns) and `y` (rows) with about 12 levels and that colormap on the Axes \
# `ax` of the figure `fig`, with an equal aspect ratio, a colorbar labelled "elevation (m)", \
# axis labels and a title."""
# prompt = """
# None of the built-in colormaps suit my terrain map, so I'd like my own: `land_cmap`, blending \
# evenly from "#1a9850" at the low end through "#fee08b" and "#8c510a" to "#ffffff" at the top, \
# 256 colours. Use it for a filled contour plot of `z` over `x` and `y` with roughly 12 levels on \
# `ax` in `fig`, equal aspect, a colorbar labelled "elevation (m)", axis labels and a title."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     'land_cmap.N == 256 and np.allclose(land_cmap(0.0), matplotlib.colors.to_rgba("#1a9850")) and np.allclose(land_cmap(1.0), matplotlib.colors.to_rgba("#ffffff"))',
#     # the anchor colours sit at 1/3 and 2/3 of the range
#     'np.allclose(land_cmap(1 / 3), matplotlib.colors.to_rgba("#fee08b"), atol=0.01) and np.allclose(land_cmap(2 / 3), matplotlib.colors.to_rgba("#8c510a"), atol=0.01)',
#     '(lambda cs: np.allclose(cs.get_cmap()(np.linspace(0, 1, 9)), land_cmap(np.linspace(0, 1, 9))) and cs.levels[0] <= np.nanmin(z) and cs.levels[-1] >= np.nanmax(z) and 6 <= len(cs.levels) <= 20)([c for c in ax.collections if hasattr(c, "levels")][0])',
#     'figure_summary(fig).colorbar_labels == ["elevation (m)"] and ax.get_aspect() == 1.0',
#     'ax.get_xlabel() != "" and ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'intermediate'
# tags = ['colormap', 'field-plot', 'colorbar']
# edge_cases = { constant = false, why = 'filled contours need an elevation grid that varies' }
# ///
import matplotlib.pyplot as plt
from matplotlib.colors import LinearSegmentedColormap

# from_list spaces the colours evenly from 0 to 1 and interpolates between them
land_cmap = LinearSegmentedColormap.from_list(
    "land", ["#1a9850", "#fee08b", "#8c510a", "#ffffff"], N=256
)

fig, ax = plt.subplots(figsize=(7, 5))
filled = ax.contourf(x, y, z, levels=12, cmap=land_cmap)
fig.colorbar(filled, ax=ax, label="elevation (m)")
ax.set_aspect("equal")
ax.set(xlabel="x (km)", ylabel="y (km)", title="Terrain with a custom colormap")
