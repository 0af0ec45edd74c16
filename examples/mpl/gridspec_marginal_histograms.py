# /// example
# task = """
# Use a 2 x 2 `GridSpec` with width and height ratios 4:1 to draw a scatter plot of the first two \
# columns of `X` on the main Axes `ax` with marginal histograms above (`ax_histx`, sharing x) and \
# to the right (`ax_histy`, sharing y, horizontal bars), hiding the duplicated tick labels of the \
# marginals; label the main axes and add a figure title. Keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { X = 'matrix' }
# checks = [
#     'set(fig.axes) == {ax, ax_histx, ax_histy}',
#     'ax_histx.get_shared_x_axes().joined(ax, ax_histx)',
#     'ax_histy.get_shared_y_axes().joined(ax, ax_histy)',
#     'sum(p.get_width() for p in ax_histy.patches) == len(X)',
#     "figure_summary(fig).suptitle != ''",
# ]
# difficulty = 'advanced'
# tags = ['gridspec', 'marginal-distribution', 'layout']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from matplotlib.gridspec import GridSpec

x, y = X[:, 0], X[:, 1]
fig = plt.figure(figsize=(6, 6))
gs = GridSpec(2, 2, figure=fig, width_ratios=(4, 1), height_ratios=(1, 4), wspace=0.05, hspace=0.05)
ax = fig.add_subplot(gs[1, 0])
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
