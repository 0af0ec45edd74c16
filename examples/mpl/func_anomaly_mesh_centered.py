# /// example
# task = '''
# Write a function `plot_anomaly_mesh` with the signature and docstring below, then draw the
# elevation anomaly of `terrain` (grid coordinates `x`, `y` and elevations `z`) with it; keep the
# figure in `fig`, label the axes and add a title.
#
# ```python
# def plot_anomaly_mesh(x, y, z, ax, cmap="RdBu_r"):
#     """Draw the anomaly z - mean(z) of the gridded field `z` (len(y) rows by
#     len(x) columns, values at the cell centres x, y) on `ax` with
#     `pcolormesh`, in the diverging colormap `cmap` centred on zero: the
#     colour limits are -m and +m, m the largest absolute anomaly. Add a
#     colorbar labelled "anomaly" and return the mesh.
#
#     NaN cells are left out of the mean and left blank.
#     """
# ```'''
# prompt = """
# I want a helper for anomaly maps: `plot_anomaly_mesh(x, y, z, ax, cmap="RdBu_r")` takes a \
# field `z` of shape (len(y), len(x)) with values at the cell centres `x`, `y`, subtracts its mean \
# (ignoring NaN cells, which stay blank) and draws it with `pcolormesh` in a diverging colormap \
# centred on zero, so the colour limits are symmetric: minus to plus the largest absolute anomaly. \
# It adds a colorbar labelled "anomaly" and returns the mesh. Use it on my `terrain` grid (`x`, \
# `y`, `z`) in a figure `fig` with axis labels and a title."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     '(lambda ax: (plot_anomaly_mesh(np.array([0.0, 1.0, 2.0]), np.array([10.0, 20.0]), np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 9.0]]), ax), (lambda s: np.allclose(s.axes[0].mesh_arrays[0], [-3.0, -2.0, -1.0, 0.0, 1.0, 5.0]) and np.allclose(s.axes[0].color_limits, [(-5.0, 5.0)]) and s.colorbar_labels == ["anomaly"])(figure_summary(ax.figure)))[1])(matplotlib.pyplot.subplots()[1])',
#     # the NaN cell is ignored by the mean and stays blank
#     '(lambda ax: (plot_anomaly_mesh(np.array([1.0, 2.0]), np.array([0.0, 1.0, 2.0]), np.array([[2.0, np.nan], [0.0, 1.0], [1.0, 8.0]]), ax, cmap="PuOr"), (lambda s: np.allclose(s.axes[0].mesh_arrays[0], [-0.4, np.nan, -2.4, -1.4, -1.4, 5.6], equal_nan=True) and np.allclose(s.axes[0].color_limits, [(-5.6, 5.6)]) and ax.collections[0].get_cmap().name == "PuOr")(figure_summary(ax.figure)))[1])(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (plot_anomaly_mesh(np.arange(4.0), np.arange(2.0), np.full((2, 4), 3.5), ax), np.allclose(axes_summary(ax).mesh_arrays[0], 0.0) and np.isclose(sum(axes_summary(ax).color_limits[0]), 0.0) and ax.collections[0].get_cmap().name == "RdBu_r")[1])(matplotlib.pyplot.subplots()[1])',
#     'np.allclose(figure_summary(fig).axes[0].mesh_arrays[0], (z - np.nanmean(z)).ravel(), equal_nan=True)',
#     '(lambda m: np.allclose(figure_summary(fig).axes[0].color_limits, [(-m, m)]) if m > 0 else np.isclose(sum(figure_summary(fig).axes[0].color_limits[0]), 0.0))(np.nanmax(np.abs(z - np.nanmean(z))))',
#     'figure_summary(fig).colorbar_labels == ["anomaly"]',
#     # the cells are centred on the `x`, `y` coordinates (not on their indices, not shifted by half a cell)
#     '(lambda c: np.allclose((c[0, :-1, 0] + c[0, 1:, 0]) / 2, x, rtol=1e-9) and np.allclose((c[:-1, 0, 1] + c[1:, 0, 1]) / 2, y, rtol=1e-9))(fig.axes[0].collections[0].get_coordinates())',
#     'figure_summary(fig).axes[0].xlabel != "" and figure_summary(fig).axes[0].ylabel != "" and figure_summary(fig).axes[0].title != ""',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'image-plot', 'colormap', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import CenteredNorm


def plot_anomaly_mesh(x, y, z, ax, cmap="RdBu_r"):
    """Draw the anomaly z - mean(z) of the gridded field `z` (len(y) rows by
    len(x) columns, values at the cell centres x, y) on `ax` with
    `pcolormesh`, in the diverging colormap `cmap` centred on zero: the
    colour limits are -m and +m, m the largest absolute anomaly. Add a
    colorbar labelled "anomaly" and return the mesh.

    NaN cells are left out of the mean and left blank.
    """
    anomaly = z - np.nanmean(z)
    # CenteredNorm puts 0 at the colormap's middle and spans the largest |anomaly| both ways;
    # shading="nearest" takes x and y as cell centres
    mesh = ax.pcolormesh(x, y, anomaly, cmap=cmap, norm=CenteredNorm(), shading="nearest")
    ax.figure.colorbar(mesh, ax=ax, label="anomaly")
    return mesh


fig, ax = plt.subplots()
plot_anomaly_mesh(x, y, z, ax)
ax.set(xlabel="x (km)", ylabel="y (km)", title="Elevation anomaly")
