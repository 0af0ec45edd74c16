# /// example
# task = """
# Show the elevation grid `z` (columns at `x`, rows at `y`) with `pcolormesh` ("terrain" \
# colormap) on `fig, ax`, and put its horizontal colorbar inside the plot: in an inset Axes \
# `cax` created with `ax.inset_axes` at [0.55, 0.9, 0.4, 0.04] (axes fractions: x, y, width, \
# height), colorbar labelled "elevation (m)". Label the axes "x (km)" and "y (km)"."""
# prompt = """
# I'd like my terrain `z` (on the `x`, `y` grid, rows along y) drawn with pcolormesh in the \
# "terrain" colours on `fig, ax`, with a small horizontal colorbar placed inside the map, \
# near the top right: an inset axes `cax` from `ax.inset_axes([0.55, 0.9, 0.4, 0.04])`, \
# label "elevation (m)". Axis labels "x (km)" and "y (km)"."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], z.ravel()) and ax.collections[0].get_cmap().name == "terrain"',
#     # the colorbar lives in the inset at the requested axes-fraction box
#     '(fig.canvas.draw(), cax in ax.child_axes and np.allclose(ax.transAxes.inverted().transform(cax.get_position().transformed(fig.transFigure).get_points()).ravel(), [0.55, 0.9, 0.95, 0.94], atol=1e-6))[-1]',
#     # a horizontal colorbar carries its label and value range on its x axis (a flat grid gets padded limits around its value)
#     'cax.get_xlabel() == "elevation (m)" and (np.allclose(cax.get_xlim(), (z.min(), z.max())) or (np.ptp(z) == 0 and cax.get_xlim()[0] < z.min() < cax.get_xlim()[1]))',
#     'ax.get_xlabel() == "x (km)" and ax.get_ylabel() == "y (km)"',
# ]
# difficulty = 'intermediate'
# tags = ['colorbar', 'heatmap', 'colormap']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(6, 4))
mesh = ax.pcolormesh(x, y, z, cmap="terrain", shading="nearest")
# inset bounds are fractions of the parent Axes: [left, bottom, width, height]
cax = ax.inset_axes([0.55, 0.9, 0.4, 0.04])
fig.colorbar(mesh, cax=cax, orientation="horizontal", label="elevation (m)")
ax.set(xlabel="x (km)", ylabel="y (km)")
