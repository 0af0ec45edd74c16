# /// example
# task = """
# This code should draw, in the figure `fig`, the decay curves exp(-rate t) for 0 <= t <= 10 and eight rates from 0.1 \
# to 1.0, each coloured by its rate with the "viridis" colormap, and add a colorbar labelled \
# "decay rate" that spans the rates, but it raises an error:
#
# ```python
# import matplotlib.pyplot as plt
# import numpy as np
#
# t = np.linspace(0, 10, 200)
# rates = np.linspace(0.1, 1.0, 8)
# cmap = plt.get_cmap("viridis")
# norm = plt.Normalize(rates.min(), rates.max())
# fig, ax = plt.subplots()
# for rate in rates:
#     ax.plot(t, np.exp(-rate * t), color=cmap(norm(rate)))
# ax.set(xlabel="time", ylabel="fraction remaining", title="Exponential decay")
# plt.colorbar(ax=ax, label="decay rate")
# ```
#
# ```text
# RuntimeError: No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).
# ```
#
# Fix it."""
# prompt = """
# I'm plotting exp(-rate t) for t from 0 to 10 and eight rates between 0.1 and 1.0, colouring \
# each line by its rate with "viridis", and I want a colorbar labelled "decay rate" that shows \
# the rates. The figure is `fig`:
#
# ```python
# import matplotlib.pyplot as plt
# import numpy as np
#
# t = np.linspace(0, 10, 200)
# rates = np.linspace(0.1, 1.0, 8)
# cmap = plt.get_cmap("viridis")
# norm = plt.Normalize(rates.min(), rates.max())
# fig, ax = plt.subplots()
# for rate in rates:
#     ax.plot(t, np.exp(-rate * t), color=cmap(norm(rate)))
# ax.set(xlabel="time", ylabel="fraction remaining", title="Exponential decay")
# plt.colorbar(ax=ax, label="decay rate")
# ```
#
# The colorbar line fails with
#
# ```text
# RuntimeError: No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).
# ```
#
# How can I get the colorbar?"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'figure_summary(fig).n_colorbars == 1 and figure_summary(fig).colorbar_labels == ["decay rate"]',
#     'np.allclose(figure_summary(fig).colorbar_ranges[0], [0.1, 1.0])',
#     '(lambda curves: len(curves) == 8 and all(np.allclose(xy[:, 1], np.exp(-rate * xy[:, 0])) for xy, rate in zip(curves, np.linspace(0.1, 1.0, 8))))(figure_summary(fig).axes[0].lines_xy)',
#     # each line has the colormap colour of its rate
#     'all(np.allclose(matplotlib.colors.to_rgba(line.get_color()), matplotlib.colormaps["viridis"]((rate - 0.1) / 0.9)) for line, rate in zip(fig.axes[0].get_lines(), np.linspace(0.1, 1.0, 8)))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'colorbar', 'colormap', 'line-plot']
# ///
import matplotlib.pyplot as plt
import numpy as np

t = np.linspace(0, 10, 200)
rates = np.linspace(0.1, 1.0, 8)
cmap = plt.get_cmap("viridis")
norm = plt.Normalize(rates.min(), rates.max())
fig, ax = plt.subplots()
for rate in rates:
    ax.plot(t, np.exp(-rate * t), color=cmap(norm(rate)))
ax.set(xlabel="time", ylabel="fraction remaining", title="Exponential decay")
# plain lines are not mappables: give the colorbar a ScalarMappable with the same norm and colormap
fig.colorbar(plt.cm.ScalarMappable(norm=norm, cmap=cmap), ax=ax, label="decay rate")
