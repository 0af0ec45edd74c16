# /// example
# task = """
# Map the elevation `z` (rows along `y`, columns along `x`, a regular grid) with `pcolormesh` \
# (`shading="nearest"`, colormap "terrain"), add a colorbar labelled "elevation (m)", mark the \
# highest grid point with a single red "^" marker via `scatter`, storing its coordinates as \
# `summit` = (x, y), and label the axes "x (km)" and "y (km)" with the title "Terrain". Keep the \
# figure in `fig` and its Axes in `ax`."""
# prompt = """
# I have elevations `z` on a regular grid, rows along `y` and columns along `x`. Draw them as a \
# pseudocolour mesh centred on the grid points (nearest shading) with the "terrain" colormap, add \
# a colorbar labelled "elevation (m)", and mark the highest grid point with one red "^" scatter \
# marker, keeping its coordinates as `summit` = (x, y). Label the axes "x (km)" and "y (km)", title \
# it "Terrain", and keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], z.ravel())',
#     "figure_summary(fig).colorbar_labels == ['elevation (m)']",
#     # the summit: x of the column and y of the row of the maximum
#     'np.allclose(summit, (x[np.unravel_index(np.argmax(z), z.shape)[1]], y[np.unravel_index(np.argmax(z), z.shape)[0]]))',
#     'np.allclose(figure_summary(fig).axes[0].scatter_xy[0], [summit])',
#     "figure_summary(fig).axes[0].xlabel == 'x (km)' and figure_summary(fig).axes[0].ylabel == 'y (km)'",
#     "figure_summary(fig).axes[0].title == 'Terrain'",
#     'ax.figure is fig',
#     "[c.get_cmap().name for c in ax.collections if isinstance(c, matplotlib.collections.QuadMesh)] == ['terrain']",
#     # one red "^" marker: the scatter's path is the triangle marker's
#     "(lambda c, m: np.allclose(c.get_facecolor()[0][:3], matplotlib.colors.to_rgb('red')) and c.get_paths()[0].vertices.shape == m.vertices.shape and np.allclose(c.get_paths()[0].vertices, m.vertices))(next(c for c in ax.collections if isinstance(c, matplotlib.collections.PathCollection)), matplotlib.markers.MarkerStyle('^').get_path().transformed(matplotlib.markers.MarkerStyle('^').get_transform()))",
# ]
# difficulty = 'basic'
# tags = ['image-plot', 'colorbar', 'annotation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots()
mesh = ax.pcolormesh(x, y, z, shading="nearest", cmap="terrain")
fig.colorbar(mesh, ax=ax, label="elevation (m)")

# argmax is a flat index: unravel it to (row, column) = (y index, x index)
row, col = np.unravel_index(np.argmax(z), z.shape)
summit = (x[col], y[row])
ax.scatter([summit[0]], [summit[1]], color="red", marker="^", s=80)
ax.set_xlabel("x (km)")
ax.set_ylabel("y (km)")
ax.set_title("Terrain")
