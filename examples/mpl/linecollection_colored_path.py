# /// example
# task = """
# Draw the Archimedean spiral `x` = t cos t, `y` = t sin t for t in [0, 4π] (400 points) as a \
# `LineCollection` of consecutive segments (`segments`, shape (n-1, 2, 2)) coloured by the speed \
# along the path (`speed`), add it with `add_collection`, rescale the view, and add a colorbar \
# labelled "speed"; use equal aspect and label the axes and title. Keep the figure in `fig` and \
# its Axes in `ax`."""
# prompt = """
# Draw the Archimedean spiral `x` = t cos t, `y` = t sin t for t in [0, 4π] with 400 points as a \
# LineCollection of consecutive segments (`segments`, shape (n-1, 2, 2)) coloured by the speed \
# along the path (`speed`). Add it to the Axes, rescale the view so the whole spiral is visible, \
# add a colorbar labelled "speed", use equal aspect, label the axes and add a title; keep the \
# figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'len(x) == 400 and segments.shape == (len(x) - 1, 2, 2) and np.allclose(segments[:, 0], np.column_stack([x, y])[:-1]) and np.allclose(segments[:, 1], np.column_stack([x, y])[1:])',
#     'ax.get_xlim()[0] <= x.min() and ax.get_xlim()[1] >= x.max()',
#     "'LineCollection' in figure_summary(fig).axes[0].collection_types",
#     'figure_summary(fig).has_colorbar',
#     "figure_summary(fig).colorbar_labels == ['speed']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'advanced'
# tags = ['line-plot', 'colormap']
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.collections import LineCollection

t = np.linspace(0, 4 * np.pi, 400)
x, y = t * np.cos(t), t * np.sin(t)
points = np.column_stack([x, y])
segments = np.stack([points[:-1], points[1:]], axis=1)
speed = np.hypot(np.diff(x), np.diff(y)) / np.diff(t)

fig, ax = plt.subplots()
lines = LineCollection(segments, cmap="viridis", linewidth=2)
lines.set_array(speed)
ax.add_collection(lines)
# add_collection does not rescale the view the way plot() does
ax.autoscale_view()
ax.set_aspect("equal")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("Spiral coloured by speed")
fig.colorbar(lines, ax=ax, label="speed")
