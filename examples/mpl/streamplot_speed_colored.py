# /// example
# task = """
# Draw streamlines of the 2-D flow u = -1 - x² + y, v = 1 + x - y² on a 40 x 40 grid over [-3, \
# 3]² with `streamplot`, coloured by the local speed with a colorbar labelled "speed"; keep the \
# StreamplotSet in `stream` and label the axes and title. Keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'len(stream.lines.get_segments()) > 0',
#     "'LineCollection' in figure_summary(fig).axes[0].collection_types",
#     'figure_summary(fig).has_colorbar',
# ]
# difficulty = 'advanced'
# tags = ['streamplot', 'vector-field', 'colorbar']
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
fig.colorbar(stream.lines, ax=ax, label="speed")
