# /// example
# task = """
# Draw filled contours of the 2-D array `image` with 12 levels (keep the ContourSet in `filled`), \
# overlay thin black contour lines at the same levels, and add a colorbar labelled "intensity"; \
# label the axes and add a title. Keep the figure in `fig`."""
# prompt = """
# Make a filled contour plot of the 2-D array `image` with 12 levels (keep the contour set in \
# `filled`), overlay thin black contour lines at the same levels, and add a colorbar labelled \
# "intensity". Label the axes, add a title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { image = 'image' }
# checks = [
#     'filled.levels[0] <= image.min() and filled.levels[-1] >= image.max()',
#     'figure_summary(fig).has_colorbar',
#     'figure_summary(fig).axes[0].n_collections >= 2',
#     "figure_summary(fig).colorbar_labels == ['intensity']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['field-plot', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
filled = ax.contourf(image, levels=12, cmap="viridis")
# reusing the filled contours' levels puts each line exactly on a boundary between colour bands
ax.contour(image, levels=filled.levels, colors="black", linewidths=0.4)
ax.set_xlabel("x (pixel)")
ax.set_ylabel("y (pixel)")
ax.set_title("Filled contours of the intensity image")
fig.colorbar(filled, ax=ax, label="intensity")
