# /// example
# task = """
# `x`, `y` and `z` are an elevation grid sampled at grid points: `z[i, j]` is the value at \
# (`x[j]`, `y[i]`). This code should draw `z` with `pcolormesh` in the figure `fig`, each value \
# as a cell centred on its grid point, with 8 black contour lines on top and a colorbar, but it \
# raises an error:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# mesh = ax.pcolormesh(x, y, z, shading="flat", cmap="viridis")
# ax.contour(x, y, z, levels=8, colors="black", linewidths=0.6)
# fig.colorbar(mesh, ax=ax, label="elevation (m)")
# ax.set(xlabel="x (km)", ylabel="y (km)", title="Elevation")
# ```
#
# ```text
# TypeError: Dimensions of C (50, 60) should be one smaller than X(60) and Y(50) while using shading='flat' see help(pcolormesh)
# ```
#
# Fix it."""
# prompt = """
# My elevation values `z` are measured at the grid points `x` (columns) and `y` (rows). I want a \
# `pcolormesh` map in `fig` where each value fills a cell centred on its grid point, 8 black \
# contour lines over it and a colorbar:
#
# ```python
# import matplotlib.pyplot as plt
#
# fig, ax = plt.subplots()
# mesh = ax.pcolormesh(x, y, z, shading="flat", cmap="viridis")
# ax.contour(x, y, z, levels=8, colors="black", linewidths=0.6)
# fig.colorbar(mesh, ax=ax, label="elevation (m)")
# ax.set(xlabel="x (km)", ylabel="y (km)", title="Elevation")
# ```
#
# ```text
# TypeError: Dimensions of C (50, 60) should be one smaller than X(60) and Y(50) while using shading='flat' see help(pcolormesh)
# ```
#
# Do I really have to drop a row and a column of my data?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], z.ravel())',
#     # the cell edges lie halfway between grid points, half a step beyond the outer ones
#     '(lambda xy, edges: np.allclose(xy[0, :, 0], edges(x)) and np.allclose(xy[:, 0, 1], edges(y)))(fig.axes[0].collections[0].get_coordinates(), lambda v: np.concatenate([[v[0] - (v[1] - v[0]) / 2], (v[:-1] + v[1:]) / 2, [v[-1] + (v[-1] - v[-2]) / 2]]))',
#     'figure_summary(fig).colorbar_labels == ["elevation (m)"]',
#     'figure_summary(fig).n_colorbars == 1 and figure_summary(fig).colorbar_ranges[0][0] <= z.min() and figure_summary(fig).colorbar_ranges[0][1] >= z.max()',
#     'len(fig.axes[0].collections) >= 2',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'image-plot', 'field-plot', 'colorbar']
# [edge_cases]
# min_size = 2
# why = 'contour lines and cells centred between neighbours need at least two grid points per side'
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# "flat" expects cell edges (one more than the values); "nearest" centres a cell on each point
mesh = ax.pcolormesh(x, y, z, shading="nearest", cmap="viridis")
ax.contour(x, y, z, levels=8, colors="black", linewidths=0.6)
fig.colorbar(mesh, ax=ax, label="elevation (m)")
ax.set(xlabel="x (km)", ylabel="y (km)", title="Elevation")
