# /// example
# task = """
# Plot the cumulative sum of each column of the 2-D array `X` as a random-walk line labelled \
# "walk 1", "walk 2", ..., and place the legend (titled "series") outside the Axes to the right \
# with `bbox_to_anchor`, using a constrained layout so it is not cut off; label the axes and \
# title. Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# Each column of the 2-D array `X` holds the steps of a random walk. Plot their cumulative sums \
# as lines labelled "walk 1", "walk 2", ..., and place the legend (titled "series") outside the \
# Axes on the right via bbox_to_anchor, using a constrained layout so it isn't cut off. Label the \
# axes, add a title, and keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { X = 'matrix' }
# checks = [
#     "figure_summary(fig).axes[0].legend_labels == [f'walk {j + 1}' for j in range(X.shape[1])]",
#     "ax.get_legend().get_title().get_text() == 'series'",
#     'ax.get_legend().get_window_extent().x0 >= ax.get_window_extent().x1',
#     'np.allclose(ax.lines[0].get_ydata(), np.cumsum(X[:, 0]))',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != '' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['legend', 'subplots']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

walks = np.cumsum(X, axis=0)

fig, ax = plt.subplots(layout="constrained")
for j in range(walks.shape[1]):
    ax.plot(walks[:, j], label=f"walk {j + 1}")
ax.set_xlabel("step")
ax.set_ylabel("position")
ax.set_title("Random walks")
# anchor the legend's upper-left corner just right of the axes' upper-right corner
ax.legend(title="series", loc="upper left", bbox_to_anchor=(1.02, 1), borderaxespad=0)
