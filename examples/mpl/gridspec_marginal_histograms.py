# /// example
# task = """
# Use a 2 x 2 `GridSpec` with width and height ratios 4:1 to draw a scatter plot of the first two \
# columns of `X` on the main Axes `ax` (bottom left) with 20-bin marginal histograms above \
# (`ax_histx`, sharing x) and to the right (`ax_histy`, sharing y, horizontal bars), hiding the \
# duplicated tick labels of the marginals; label the main axes and add a figure title. Keep the figure in `fig`."""
# prompt = """
# Using a 2 x 2 GridSpec with 4:1 width and height ratios, scatter the first two columns of `X` \
# (column 0 on x, column 1 on y) on the main Axes `ax` in the bottom-left cell, with 20-bin \
# marginal histograms above it (`ax_histx`, sharing x, of column 0) and to its right (`ax_histy`, \
# sharing y, horizontal bars of column 1); leave the spare corner empty so the figure has only \
# these three Axes. Hide the duplicated tick labels on the marginals, label the main axes, add a \
# figure title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { X = 'matrix' }
# checks = [
#     'set(fig.axes) == {ax, ax_histx, ax_histy}',
#     'ax_histx.get_shared_x_axes().joined(ax, ax_histx)',
#     'ax_histy.get_shared_y_axes().joined(ax, ax_histy)',
#     'sum(p.get_width() for p in ax_histy.patches) == len(X)',
#     "figure_summary(fig).suptitle != ''",
#     # the scatter shows column 0 against column 1
#     'np.allclose(figure_summary(fig).axes[fig.axes.index(ax)].scatter_xy[0], X[:, :2])',
#     'np.allclose(figure_summary(fig).axes[fig.axes.index(ax_histx)].bar_heights[0], np.histogram(X[:, 0], bins=20)[0])',
#     'np.allclose(figure_summary(fig).axes[fig.axes.index(ax_histy)].bar_heights[0], np.histogram(X[:, 1], bins=20)[0])',
#     # the main Axes sits below the top marginal and left of the right one
#     'ax.get_position().y1 <= ax_histx.get_position().y0 + 1e-9 and ax.get_position().x1 <= ax_histy.get_position().x0 + 1e-9',
#     "figure_summary(fig).axes[fig.axes.index(ax)].xlabel != '' and figure_summary(fig).axes[fig.axes.index(ax)].ylabel != ''",
# ]
# difficulty = 'advanced'
# tags = ['subplots', 'marginal-distributions']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from matplotlib.gridspec import GridSpec

x, y = X[:, 0], X[:, 1]
fig = plt.figure(figsize=(6, 6))
gs = GridSpec(2, 2, figure=fig, width_ratios=(4, 1), height_ratios=(1, 4), wspace=0.05, hspace=0.05)
ax = fig.add_subplot(gs[1, 0])
# sharing an axis with the scatter keeps each marginal histogram aligned with it
ax_histx = fig.add_subplot(gs[0, 0], sharex=ax)
ax_histy = fig.add_subplot(gs[1, 1], sharey=ax)

ax.scatter(x, y, s=12, alpha=0.6)
ax.set_xlabel("feature 1")
ax.set_ylabel("feature 2")
ax_histx.hist(x, bins=20)
ax_histy.hist(y, bins=20, orientation="horizontal")
ax_histx.tick_params(axis="x", labelbottom=False)
ax_histy.tick_params(axis="y", labelleft=False)
fig.suptitle("Joint and marginal distributions")
