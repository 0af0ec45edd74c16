# /// example
# task = """
# Draw streamlines of the 2-D flow u = -1 - x² + y, v = 1 + x - y² on a 40 x 40 grid over [-3, \
# 3]² with `streamplot`, coloured by the local speed with a colorbar labelled "speed"; keep the \
# StreamplotSet in `stream` and label the axes and title. Keep the figure in `fig`."""
# prompt = """
# Draw streamlines of the 2-D flow u = -1 - x² + y, v = 1 + x - y² on a 40 x 40 grid over [-3, \
# 3]², coloured by the local speed (the magnitude of the velocity) with a colorbar labelled \
# "speed". Keep the streamplot result in `stream`, label the axes, add a title, and keep the \
# figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'len(stream.lines.get_segments()) > 0',
#     # the streamlines are drawn and coloured by speed: their colour values vary and stay in the
#     # range of the speed on the grid (colouring by u, v or speed squared leaves it)
#     "all(stream.lines in fig.axes[0].collections and np.ptp(colours) > 0 and speed.min() - 1e-9 <= colours.min() and colours.max() <= speed.max() + 1e-9 for grid in [np.meshgrid(np.linspace(-3, 3, 40), np.linspace(-3, 3, 40))] for speed in [np.hypot(-1 - grid[0] ** 2 + grid[1], 1 + grid[0] - grid[1] ** 2)] for colours in [np.asarray(stream.lines.get_array(), dtype=float)])",
#     'figure_summary(fig).has_colorbar',
#     "figure_summary(fig).colorbar_labels == ['speed']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'advanced'
# tags = ['field-plot', 'colorbar']
# ///
import matplotlib.pyplot as plt
import numpy as np

coords = np.linspace(-3, 3, 40)
X, Y = np.meshgrid(coords, coords)
U = -1 - X**2 + Y
V = 1 + X - Y**2
speed = np.hypot(U, V)

fig, ax = plt.subplots()
stream = ax.streamplot(X, Y, U, V, color=speed, cmap="viridis", density=1.0, linewidth=1)
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Streamlines coloured by speed")
# streamplot returns a StreamplotSet; its lines (a LineCollection) carry the colour mapping
fig.colorbar(stream.lines, ax=ax, label="speed")
