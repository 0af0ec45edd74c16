# /// example
# task = """
# Draw the surface z = sin(√(x² + y²)) over [-6, 6]² (50 x 50 grid, arrays `X`, `Y`, `Z`) on 3-D \
# axes (projection "3d") with `plot_surface` and the "viridis" colormap; label the x, y and z axes \
# "x", "y", "z", add a title and a colorbar labelled "z". Keep the figure in `fig` and its Axes in \
# `ax`."""
# prompt = """
# Draw the surface z = sin(√(x² + y²)) over [-6, 6]² on a 50 x 50 grid (arrays `X`, `Y`, `Z`) on \
# 3-D axes (projection "3d") with the "viridis" colormap. Label the axes "x", "y" and "z", add a \
# title and a colorbar labelled "z", and keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     "figure_summary(fig).axes[0].projection == '3d'",
#     "ax.get_zlabel() == 'z'",
#     'Z.shape == (50, 50)',
#     'figure_summary(fig).has_colorbar',
#     "figure_summary(fig).colorbar_labels == ['z']",
#     "figure_summary(fig).axes[0].xlabel == 'x' and figure_summary(fig).axes[0].ylabel == 'y'",
#     "[c.get_cmap().name for c in ax.collections if c.get_array() is not None] == ['viridis']",
#     'np.allclose(Z, np.sin(np.hypot(X, Y))) and np.allclose([X.min(), X.max(), Y.min(), Y.max()], [-6, 6, -6, 6])',
#     "figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['projections', 'field-plot', 'colorbar']
# ///
import matplotlib.pyplot as plt
import numpy as np

grid = np.linspace(-6, 6, 50)
# plot_surface needs X, Y and Z as 2-D arrays of the same shape, hence the meshgrid
X, Y = np.meshgrid(grid, grid)
Z = np.sin(np.hypot(X, Y))

fig, ax = plt.subplots(subplot_kw={"projection": "3d"})
surface = ax.plot_surface(X, Y, Z, cmap="viridis", linewidth=0, antialiased=False)
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_zlabel("z")
ax.set_title("z = sin(r)")
fig.colorbar(surface, ax=ax, shrink=0.6, label="z")
